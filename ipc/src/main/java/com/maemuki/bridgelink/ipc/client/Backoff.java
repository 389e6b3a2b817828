package com.maemuki.bridgelink.ipc.client;

import java.time.Duration;

/** Exponential reconnect delay: doubles from {@code initial} after each failure, capped. */
final class Backoff {
  private final Duration initial;
  private final Duration max;
  private Duration next;

  Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
    this.initial = initial;
    this.max = max;
    this.next = initial;
  }

  /** The delay to wait now; the one after it is twice as long (at most {@code max}). */
  Duration nextDelay() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current;
  }

  /** After a successful connection: start again from {@code initial}. */
  void reset() {
    next = initial;
  }
}
