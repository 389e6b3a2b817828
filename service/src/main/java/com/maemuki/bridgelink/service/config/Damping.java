package com.maemuki.bridgelink.service.config;

import java.time.Duration;

/**
 * Flap damping: a finding is raised after {@code raiseAfter} bad observations in a row or once it
 * has been bad for {@code raiseAfterTime}, and cleared after {@code clearAfter} good observations.
 * A first bad (or good) observation makes the monitor re-run its source after {@code confirmDelay}
 * instead of waiting a whole interval, so damping costs a fraction of a second, not a cycle. {@code
 * resumeGrace} holds back "offline"-type findings after a clock jump (sleep and resume).
 */
public record Damping(
    int raiseAfter,
    Duration raiseAfterTime,
    int clearAfter,
    Duration confirmDelay,
    Duration resumeGrace) {

  public static Damping defaults() {
    return new Damping(
        2, Duration.ofSeconds(10), 2, Duration.ofMillis(300), Duration.ofSeconds(30));
  }
}
