package com.maemuki.bridgelink.tailscale.localapi;

import java.time.Duration;

/** A point in (monotonic) time by which a request must be done, with the budget it came from. */
public record Deadline(long expiresAtNanos, Duration budget) {

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("deadline must be positive: " + budget);
    }
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** Time left; zero or negative once expired. */
  public Duration remaining() {
    return Duration.ofNanos(expiresAtNanos - System.nanoTime());
  }

  public boolean expired() {
    return expiresAtNanos - System.nanoTime() <= 0;
  }
}
