package com.maemuki.bridgelink.tailscale.repair;

/** Puts text on the user's clipboard (the tray implements it). */
@FunctionalInterface
public interface ClipboardWriter {

  void copy(String text);
}
