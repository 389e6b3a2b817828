package com.maemuki.bridgelink.tray;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the tray ends when it can no longer show anything: one ERROR line with the reason, then exit
 * status {@value #STATUS}. It halts rather than exits: shutdown hooks (Dorkbox adds one) would post
 * to the very UI thread that is dead or stuck and wait for it.
 */
final class FatalExit {
  /** EX_SOFTWARE: the session or the user may start the tray again. */
  static final int STATUS = 70;

  private static final Logger LOG = LoggerFactory.getLogger(FatalExit.class);
  private final IntConsumer exit;

  /**
   * @param exit ends the process ({@code Runtime.getRuntime()::halt} in production)
   */
  FatalExit(IntConsumer exit) {
    this.exit = exit;
  }

  void fail(String reason, Throwable cause) {
    if (cause == null) {
      LOG.error("{}; the tray exits with status {}", reason, STATUS);
    } else {
      LOG.error("{}; the tray exits with status {}", reason, STATUS, cause);
    }
    exit.accept(STATUS);
  }

  /**
   * Ends the tray when the main thread or the view's UI thread dies, or any thread throws an Error
   * (out of memory, AWT's "Can't connect to X11 window server"); other threads' exceptions are only
   * logged (the agent and the connection catch their own).
   */
  Thread.UncaughtExceptionHandler uncaughtHandler(Thread main, Supplier<Thread> uiThread) {
    return (thread, e) -> {
      if (thread == main || thread == uiThread.get() || e instanceof Error) {
        fail("thread \"" + thread.getName() + "\" died: " + e, e);
      } else {
        LOG.error("uncaught exception in thread \"{}\"", thread.getName(), e);
      }
    };
  }
}
