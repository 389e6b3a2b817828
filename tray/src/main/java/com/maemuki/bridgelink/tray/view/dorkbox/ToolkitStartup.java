package com.maemuki.bridgelink.tray.view.dorkbox;

import com.maemuki.bridgelink.tray.view.UiThreadFailure;
import dorkbox.jna.linux.GtkEventDispatch;
import dorkbox.systemTray.SystemTray;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the two toolkits the Dorkbox view uses on Linux one after the other: GTK's event loop
 * first, until it really runs, then AWT, and only then {@code SystemTray.get()}.
 *
 * <p>Why (issue 16): Dorkbox 4.4 starts its "GTK Native Event Loop" thread and "waits" for it by
 * posting a task with {@code g_main_context_invoke}. Until that thread has finished {@code
 * gtk_init_check} and created its loop, Dorkbox's context field is still null, and GLib runs a task
 * for the unowned default context at once on the caller's thread. So {@code SystemTray.get()} went
 * on while GTK was still opening the display: it asked GDK for the screen's DPI on the main thread,
 * got nothing, and fell back to AWT's {@code gnome.Xft/DPI}, which opened AWT's display at that
 * very moment. Two Xlib connections initialised concurrently (Xlib is not thread-safe until {@code
 * XInitThreads}, which neither toolkit calls) froze the whole X server now and then. Here GTK's
 * loop is proven to run on its own thread before anything else happens, then AWT opens its display
 * on this thread while GTK is idle; Dorkbox's later {@code startGui} is then a no-op and every GTK
 * call it dispatches really runs on the GTK thread.
 */
final class ToolkitStartup {
  private static final String GTK_THREAD = "GTK Native Event Loop";
  private static volatile Thread gtkThread;

  private ToolkitStartup() {}

  /**
   * GTK, then AWT. Idempotent.
   *
   * @throws UiThreadFailure when GTK's loop is not running on its own thread within {@code limit}
   */
  static synchronized void gtkThenAwt(Duration limit) {
    if (gtkThread != null) {
      return;
    }
    // What SystemTray.get() would set before loading GTK: AWT must load the same GTK major
    // version if it ever loads GTK itself (two majors in one process crash).
    if (System.getProperty("jdk.gtk.version") == null) {
      System.setProperty("jdk.gtk.version", "3");
    }
    if (System.getProperty("swing.gtk.version") == null) {
      System.setProperty("swing.gtk.version", "3");
    }
    GtkEventDispatch.startGui(SystemTray.FORCE_GTK2, SystemTray.PREFER_GTK3, SystemTray.DEBUG);
    // startGui starts the loop's thread before it returns; it is missing only if it already died.
    gtkThread = awaitGtkLoop(findThread(GTK_THREAD), limit);
    // AWT now, on this thread, while GTK's loop only waits for events.
    Toolkit toolkit = Toolkit.getDefaultToolkit();
    GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
    toolkit.getDesktopProperty("gnome.Xft/DPI");
  }

  private static Thread findThread(String name) {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (name.equals(t.getName())) {
        return t;
      }
    }
    return null;
  }

  /** The thread GTK's loop runs on, once started; null before. */
  static Thread gtkThread() {
    return gtkThread;
  }

  /**
   * Posts a marker task until one runs on another thread than this one: that is the GTK loop, which
   * owns the context only once {@code gtk_init_check} returned and the loop runs.
   */
  private static Thread awaitGtkLoop(Thread loop, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    Thread caller = Thread.currentThread();
    while (System.nanoTime() < deadline) {
      if (loop == null || !loop.isAlive()) {
        throw new UiThreadFailure(
            "GTK's event loop ended while starting (gtk_init_check failed: no usable display?)",
            null);
      }
      AtomicReference<Thread> ranOn = new AtomicReference<>();
      CountDownLatch ran = new CountDownLatch(1);
      GtkEventDispatch.dispatch(
          () -> {
            ranOn.set(Thread.currentThread());
            ran.countDown();
          });
      try {
        if (ran.await(1, TimeUnit.SECONDS) && ranOn.get() != caller) {
          return ranOn.get();
        }
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UiThreadFailure("interrupted while GTK started", e);
      }
    }
    throw new UiThreadFailure(
        "GTK's event loop (\""
            + GTK_THREAD
            + "\") did not start within "
            + limit.toSeconds()
            + " s; the display may not answer",
        null);
  }
}
