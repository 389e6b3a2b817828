package com.maemuki.bridgelink.tray.model;

import java.util.List;

/**
 * Everything a view shows: immutable, so a view can compare it with the last one and skip work.
 *
 * @param icon the icon colour
 * @param tooltip the one-line summary, whole: each view cuts it to its toolkit's limit
 * @param menu the menu, top to bottom
 */
public record TrayModel(IconState icon, String tooltip, List<MenuEntry> menu) {
  public TrayModel {
    menu = List.copyOf(menu);
  }
}
