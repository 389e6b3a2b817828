package com.maemuki.bridgelink.tray.model;

/**
 * A pop-up the tray shows on a transition.
 *
 * @param level how it is shown (error, warning or info icon)
 * @param title the first line
 * @param message the body: what to do, or that it is over
 * @param key what it is about (the finding key, or {@code service}), for logs and de-duplication
 */
public record Notification(Level level, String title, String message, String key) {

  /** The kind of transition, which decides the pop-up's icon. */
  public enum Level {
    CRITICAL,
    WARNING,
    RECOVERED,
    /** The outcome of something the user asked for (a repair, a diagnostics bundle). */
    INFO
  }
}
