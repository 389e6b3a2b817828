package com.maemuki.bridgelink.tailscale.localapi;

/**
 * tailscaled refused the caller: HTTP 401 or 403 (for example {@code prefs write access denied}, or
 * on Windows {@code Tailscale already in use by …}), or the OS refused to open the socket or pipe.
 */
public final class AccessDeniedException extends LocalApiException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String serverMessage;

  public AccessDeniedException(int statusCode, String serverMessage, String message) {
    super(message, null);
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
  }

  /** 401 or 403; 0 when the OS refused before any HTTP was spoken. */
  public int statusCode() {
    return statusCode;
  }

  /** The reason as tailscaled worded it (the body's error text), or the OS error. */
  public String serverMessage() {
    return serverMessage;
  }
}
