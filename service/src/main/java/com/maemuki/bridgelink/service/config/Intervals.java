package com.maemuki.bridgelink.service.config;

import java.time.Duration;

/**
 * How often each source runs. Status is a short LocalAPI GET, so a 2 s poll is cheap and keeps
 * status-visible faults well under the 2.5 s detection target. Prefs are read when the status
 * changes and otherwise at least every {@code prefs} (45 s): every request the service holds open
 * is time the signed-in user's own Tailscale client can be refused on Windows (DESIGN.md). Probes
 * cost a connect per port and run every 5 s; DNS changes slowly. A zero netcheck interval switches
 * netcheck off.
 */
public record Intervals(
    Duration status,
    Duration prefs,
    Duration daemon,
    Duration probes,
    Duration dns,
    Duration netcheck) {

  public static Intervals defaults() {
    return new Intervals(
        Duration.ofSeconds(2),
        Duration.ofSeconds(45),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ZERO);
  }
}
