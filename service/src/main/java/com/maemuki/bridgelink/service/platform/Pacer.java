package com.maemuki.bridgelink.service.platform;

import java.time.Duration;

/**
 * Time for polling loops that have nothing to wait on but the clock (a service manager has no "tell
 * me when running" call we can use from Java). Tests pass a fake that advances instantly.
 */
public interface Pacer {

  /** Monotonic nanoseconds. */
  long nanoTime();

  /** Pauses; returns false when interrupted (the caller gives up). */
  boolean pause(Duration duration);

  /** The real clock. */
  Pacer SYSTEM =
      new Pacer() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public boolean pause(Duration duration) {
          try {
            Thread.sleep(duration.toMillis());
            return true;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        }
      };
}
