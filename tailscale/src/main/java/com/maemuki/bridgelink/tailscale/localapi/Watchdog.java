package com.maemuki.bridgelink.tailscale.localapi;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Enforces deadlines by closing the connection when one runs out. Blocking reads on a socket
 * channel cannot take a timeout, but they do end when another thread closes the channel; so a read
 * never outlives its request's deadline, whatever the daemon does.
 */
final class Watchdog {

  private static final ScheduledExecutorService TIMER = timer();

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "localapi-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    // Nearly every guard is disarmed long before it fires: drop it from the queue at once instead
    // of keeping it (and its channel) until its deadline passes.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private Watchdog() {}

  /**
   * Closes {@code target} when {@code deadline} passes, unless the returned guard is closed first.
   */
  static Guard arm(Deadline deadline, Closeable target) {
    Guard guard = new Guard(target);
    long delay = Math.max(0, deadline.remaining().toNanos());
    guard.future = TIMER.schedule(guard::fire, delay, TimeUnit.NANOSECONDS);
    return guard;
  }

  /** A pending close; {@link #close()} disarms it. */
  static final class Guard implements AutoCloseable {
    private final Closeable target;
    private final AtomicBoolean fired = new AtomicBoolean();
    private volatile ScheduledFuture<?> future;

    private Guard(Closeable target) {
      this.target = target;
    }

    private void fire() {
      fired.set(true);
      try {
        target.close();
      } catch (IOException | RuntimeException ignored) {
        // The channel is being abandoned; a failing close changes nothing for the caller.
      }
    }

    /** True when the deadline passed and the target was closed because of it. */
    boolean fired() {
      return fired.get();
    }

    @Override
    public void close() {
      ScheduledFuture<?> pending = future;
      if (pending != null) {
        pending.cancel(false);
      }
    }
  }
}
