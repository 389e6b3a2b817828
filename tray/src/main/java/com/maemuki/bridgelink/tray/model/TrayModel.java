package com.maemuki.bridgelink.tray.model;

import java.util.List;

/**
 * Everything a view shows: immutable, so a view can compare it with the last one and skip work.
 *
 * @param icon the icon colour
 * @param tooltip the one-line summary (at most {@link #TOOLTIP_MAX} characters: the Windows limit)
 * @param menu the menu, top to bottom
 */
public record TrayModel(IconState icon, String tooltip, List<MenuEntry> menu) {
  /** Shell_NotifyIcon's szTip holds 128 UTF-16 units including the terminator. */
  public static final int TOOLTIP_MAX = 127;

  public TrayModel {
    menu = List.copyOf(menu);
  }
}
