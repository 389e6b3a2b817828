package com.maemuki.bridgelink.testkit.localapi;

/**
 * One of tailscaled's health warnings: {@code code} as in {@code health.State.Warnings}, the text
 * as it appears in {@code Status.Health}.
 */
public record SimHealth(String code, String severity, String title, String text) {

  /** A warning known only by its text, as scenario files usually give it. */
  public static SimHealth ofText(String text) {
    return new SimHealth("sim-" + Integer.toHexString(text.hashCode()), "medium", text, text);
  }

  /** tailscaled's "You are logged out." warning. */
  public static SimHealth loggedOut() {
    return new SimHealth("login-state", "medium", "Logged out", "You are logged out.");
  }
}
