package com.maemuki.bridgelink.service.config;

import java.time.Duration;

/**
 * The longest each kind of external call may take. Every call the service makes has one, so nothing
 * it waits on can hang it (DESIGN.md, non-negotiables). A LocalAPI ping to an unreachable peer is
 * never answered, so its deadline is all the time it holds tailscaled's LocalAPI (and, on Windows,
 * can lock the signed-in user out): 1.5 s at most ({@link #MAX_PING}).
 */
public record Deadlines(Duration localApi, Duration probe, Duration dns, Duration ping) {

  public static final Duration MAX_PING = Duration.ofMillis(1500);

  public static Deadlines defaults() {
    return new Deadlines(
        Duration.ofMillis(1500), Duration.ofSeconds(2), Duration.ofSeconds(2), MAX_PING);
  }
}
