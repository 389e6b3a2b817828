package com.maemuki.bridgelink.tray.view;

import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayModel;

/**
 * Shows a {@link TrayModel}. Clicks come back as {@link
 * com.maemuki.bridgelink.tray.model.TrayCommand}s through the handler given when the view was
 * opened. Implementations may be called from any thread and move work to their toolkit's thread.
 */
public interface TrayView extends AutoCloseable {

  /** Shows the model (icon, tooltip, menu). */
  void render(TrayModel model);

  /** Shows a pop-up. */
  void notify(Notification notification);

  /**
   * Runs {@code task} on the view's UI thread (GTK's loop, AWT's event thread; at once when there
   * is none). The tray's watchdog posts a no-op here to learn that the UI still answers.
   */
  void onUiThread(Runnable task);

  /**
   * The thread whose death leaves the view dead (GTK's loop for Dorkbox on Linux), or null when the
   * toolkit replaces its thread by itself (AWT restarts its event thread) or there is none.
   */
  default Thread uiThread() {
    return null;
  }

  /** A short name for logs ({@code dorkbox/AppIndicator}, {@code awt}, {@code log}). */
  String describe();

  /** Removes the icon. */
  @Override
  void close();
}
