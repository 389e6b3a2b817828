package com.maemuki.bridgelink.tray;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition (the agent works on its own thread) with a generous deadline. */
final class Eventually {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private Eventually() {}

  static void await(BooleanSupplier condition) {
    await(condition, DEADLINE);
  }

  /** With a deadline of its own: a JVM starting on the shared, loaded machine takes its time. */
  static void await(BooleanSupplier condition, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + deadline);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static void untilAsserted(Runnable assertion) {
    await(
        () -> {
          try {
            assertion.run();
            return true;
          } catch (AssertionError e) {
            return false;
          }
        });
  }
}
