package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.tray.model.MenuEntry;
import com.maemuki.bridgelink.tray.model.TrayModel;
import java.util.ArrayList;
import java.util.List;

/** Every text in a menu, submenus included, as a person could read it. */
final class TrayPresenterTexts {
  private TrayPresenterTexts() {}

  static List<String> of(TrayModel model) {
    List<String> out = new ArrayList<>();
    add(model.menu(), out);
    return out;
  }

  private static void add(List<MenuEntry> entries, List<String> out) {
    for (MenuEntry entry : entries) {
      if (entry instanceof MenuEntry.Label label) {
        out.add(label.text());
      } else if (entry instanceof MenuEntry.Action action) {
        out.add(action.text());
      } else if (entry instanceof MenuEntry.Toggle toggle) {
        out.add(toggle.text());
      } else if (entry instanceof MenuEntry.Submenu submenu) {
        out.add(submenu.text());
        add(submenu.items(), out);
      }
    }
  }
}
