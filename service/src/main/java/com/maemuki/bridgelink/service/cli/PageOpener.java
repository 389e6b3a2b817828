package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.tailscale.repair.BrowserOpener;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

/**
 * The browser for {@code bridge-link repair}: the user's default browser through AWT, or with
 * {@code --no-browser} a line "Open this page: URL" (flushed at once, so whoever reads the output
 * can open it while the repair still waits). Remembers the last page for the JSON result.
 */
final class PageOpener implements BrowserOpener {

  static final String PROMPT = "Open this page: ";

  private final boolean print;
  private final PrintWriter to;
  private volatile String last;

  PageOpener(boolean print, PrintWriter to) {
    this.print = print;
    this.to = to;
  }

  @Override
  public void open(URI uri) throws IOException {
    last = uri.toString();
    if (print) {
      to.println(PROMPT + uri);
      to.flush();
      return;
    }
    try {
      if (!Desktop.isDesktopSupported()
          || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        throw new IOException("no web browser is available here");
      }
      Desktop.getDesktop().browse(uri);
    } catch (UnsupportedOperationException | SecurityException e) {
      throw new IOException("no web browser is available here (" + e.getMessage() + ")", e);
    }
  }

  /** The last page asked for, or null. */
  String last() {
    return last;
  }
}
