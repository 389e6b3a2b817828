package com.maemuki.bridgelink.tray.model;

import java.util.Locale;

/**
 * A finding's severity as the tray reads it from the wire ({@code "info" | "warning" |
 * "critical"}). The tray keeps its own copy because it must not depend on the service module.
 */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  /**
   * Reads a wire name; anything unknown counts as {@link #INFO} so a newer service never breaks us.
   */
  public static Severity fromWire(String name) {
    if (name == null) {
      return INFO;
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "critical":
        return CRITICAL;
      case "warning":
        return WARNING;
      default:
        return INFO;
    }
  }
}
