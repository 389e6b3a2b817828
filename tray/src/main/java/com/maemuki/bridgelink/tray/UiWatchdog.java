package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.tray.view.TrayView;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Notices a view whose UI thread died or stopped answering (issue 16: a toolkit stuck in its
 * display while the JVM lived on, icon-less) and ends the tray through {@link FatalExit}. Each tick
 * posts one no-op to the UI thread unless one is still pending; a no-op pending longer than the
 * limit, or a UI thread that ended, is fatal. Ticks take the time as a parameter, so tests need no
 * clock.
 */
final class UiWatchdog {
  private static final long NO_PING = Long.MIN_VALUE;

  private final TrayView view;
  private final long limitNanos;
  private final FatalExit fatal;
  private volatile long pingSentAt = NO_PING;
  private boolean failed;

  UiWatchdog(TrayView view, Duration limit, FatalExit fatal) {
    this.view = view;
    this.limitNanos = limit.toNanos();
    this.fatal = fatal;
  }

  /** Ticks every second on a daemon thread. */
  ScheduledExecutorService start() {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tray-ui-watchdog");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(() -> tick(System.nanoTime()), 1, 1, TimeUnit.SECONDS);
    return timer;
  }

  /** One check at {@code now} (a {@link System#nanoTime()} value). */
  synchronized void tick(long now) {
    if (failed) {
      return;
    }
    Thread ui = view.uiThread();
    if (ui != null && !ui.isAlive()) {
      fail("the tray's UI thread \"" + ui.getName() + "\" ended");
      return;
    }
    long sent = pingSentAt;
    if (sent != NO_PING) {
      if (now - sent > limitNanos) {
        fail(
            "the tray's UI thread ("
                + view.describe()
                + ") has not answered for "
                + TimeUnit.NANOSECONDS.toSeconds(now - sent)
                + " s");
      }
      return;
    }
    pingSentAt = now;
    try {
      view.onUiThread(() -> pingSentAt = NO_PING);
    } catch (RuntimeException e) {
      fail("the tray's UI thread cannot be reached: " + e);
    }
  }

  private void fail(String reason) {
    failed = true;
    fatal.fail(reason, null);
  }
}
