package com.maemuki.bridgelink.tailscale.parse;

/**
 * Input that is not what a parser expects. The message says what was wrong in plain words (and
 * where, for JSON), so callers can show it as is.
 */
public final class TailscaleParseException extends Exception {

  private static final long serialVersionUID = 1L;

  public TailscaleParseException(String message) {
    super(message);
  }

  public TailscaleParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
