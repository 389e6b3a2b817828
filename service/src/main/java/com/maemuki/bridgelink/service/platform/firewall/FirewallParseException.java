package com.maemuki.bridgelink.service.platform.firewall;

/** The firewall script's output could not be understood; the message says why, in plain words. */
public final class FirewallParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public FirewallParseException(String message) {
    super(message);
  }
}
