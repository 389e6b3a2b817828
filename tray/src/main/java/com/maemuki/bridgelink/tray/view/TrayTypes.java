package com.maemuki.bridgelink.tray.view;

import java.util.Locale;

/**
 * Which Dorkbox tray type to force on each platform. Never auto-detect: on GNOME, Dorkbox's
 * auto-detection installs shell extensions and runs {@code gnome-shell --replace}.
 */
public final class TrayTypes {
  private TrayTypes() {}

  /**
   * The forced type for an {@code os.name}: Windows gets {@code WindowsNative} (Shell_NotifyIcon
   * with Swing menus); everything else gets {@code AppIndicator}, which speaks StatusNotifierItem
   * to GNOME/KDE panels and falls back to an XEmbed icon under plain tray hosts (trayer, the CI
   * host).
   */
  public static String forOs(String osName) {
    return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? "WindowsNative" : "AppIndicator";
  }
}
