package com.maemuki.bridgelink.tray.action;

import java.net.URI;

/** The desktop's clipboard and browser, behind a port so the agent is testable without either. */
public interface DesktopActions {
  /** Puts text on the system clipboard. */
  void copyToClipboard(String text) throws Exception;

  /** Opens a web page in the user's browser. */
  void browse(URI page) throws Exception;
}
