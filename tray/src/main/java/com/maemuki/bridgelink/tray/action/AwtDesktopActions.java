package com.maemuki.bridgelink.tray.action;

import java.awt.Desktop;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.net.URI;

/** Clipboard and browser through AWT; both work on Windows and on Linux desktops. */
public final class AwtDesktopActions implements DesktopActions {

  @Override
  public void copyToClipboard(String text) {
    StringSelection selection = new StringSelection(text);
    Toolkit.getDefaultToolkit().getSystemClipboard().setContents(selection, selection);
  }

  @Override
  public void browse(URI page) throws Exception {
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      throw new UnsupportedOperationException("no web browser is available to open " + page);
    }
    Desktop.getDesktop().browse(page);
  }
}
