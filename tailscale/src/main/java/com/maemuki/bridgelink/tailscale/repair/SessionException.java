package com.maemuki.bridgelink.tailscale.repair;

/** A user repair could not hold or use tailscaled; the message is for the user. */
final class SessionException extends Exception {

  private static final long serialVersionUID = 1L;

  SessionException(String message) {
    super(message);
  }
}
