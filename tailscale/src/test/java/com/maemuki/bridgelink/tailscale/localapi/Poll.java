package com.maemuki.bridgelink.tailscale.localapi;

import java.util.function.BooleanSupplier;
import org.assertj.core.api.Assertions;

/** Waits for a condition without a fixed sleep (tests only). */
final class Poll {

  private Poll() {}

  static void until(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        Assertions.fail("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }
}
