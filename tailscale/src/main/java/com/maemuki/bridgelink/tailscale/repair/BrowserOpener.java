package com.maemuki.bridgelink.tailscale.repair;

import java.io.IOException;
import java.net.URI;

/** Opens a URL in the user's default browser (the tray implements it; tests record the URL). */
@FunctionalInterface
public interface BrowserOpener {

  void open(URI uri) throws IOException;
}
