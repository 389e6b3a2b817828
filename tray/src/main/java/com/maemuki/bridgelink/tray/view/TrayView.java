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

  /** A short name for logs ({@code dorkbox/AppIndicator}, {@code awt}, {@code log}). */
  String describe();

  /** Removes the icon. */
  @Override
  void close();
}
