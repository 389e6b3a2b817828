package com.maemuki.bridgelink.service.config;

import java.time.Duration;

/**
 * The longest each kind of external call may take. Every call the service makes has one, so nothing
 * it waits on can hang it (DESIGN.md, non-negotiables).
 */
public record Deadlines(Duration localApi, Duration probe, Duration dns, Duration ping) {

  public static Deadlines defaults() {
    return new Deadlines(
        Duration.ofMillis(1500),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(3));
  }
}
