package com.maemuki.bridgelink.tray.model;

import java.util.List;

/** One entry of the tray menu, independent of any toolkit; views translate these one to one. */
public sealed interface MenuEntry {

  /** Text that cannot be clicked (status lines, peers, remedies). */
  record Label(String text) implements MenuEntry {}

  /** A line between groups. */
  record Separator() implements MenuEntry {}

  /** A clickable entry. */
  record Action(String text, TrayCommand command, boolean enabled) implements MenuEntry {}

  /** A checkbox entry. */
  record Toggle(String text, TrayCommand command, boolean checked) implements MenuEntry {}

  /** A submenu. */
  record Submenu(String text, List<MenuEntry> items) implements MenuEntry {
    public Submenu {
      items = List.copyOf(items);
    }
  }
}
