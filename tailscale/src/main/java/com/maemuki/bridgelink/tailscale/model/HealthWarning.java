package com.maemuki.bridgelink.tailscale.model;

import java.time.Instant;

/**
 * One entry of the bus's structured {@code health.State.Warnings}.
 *
 * @param code the warnable code ({@code login-state}, {@code no-derp-home}, …)
 * @param severity {@code low}, {@code medium} or {@code high}
 */
public record HealthWarning(
    String code,
    String severity,
    String title,
    String text,
    Instant brokenSince,
    Boolean impactsConnectivity) {

  /** The words tailscaled shows ({@code Status.Health} renders the same text). */
  public String message() {
    if (text != null && !text.isEmpty()) {
      return text;
    }
    return title == null || title.isEmpty() ? code : title;
  }
}
