package com.maemuki.bridgelink.tailscale.localapi;

/**
 * tailscaled answered, but not with what was asked for: a status other than 2xx (its error text is
 * in {@link #serverMessage()}), or bytes that are not well-formed HTTP, or a body over the size
 * cap.
 */
public final class BadResponseException extends LocalApiException {

  private static final long serialVersionUID = 1L;

  /** {@link #statusCode()} when no valid HTTP status line was received. */
  public static final int NO_STATUS = 0;

  private final int statusCode;
  private final String serverMessage;

  public BadResponseException(
      int statusCode, String serverMessage, String message, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
  }

  /** The HTTP status, or {@link #NO_STATUS} when the response was malformed. */
  public int statusCode() {
    return statusCode;
  }

  /** The error text from the body (JSON {@code error}/{@code Error} or the trimmed text), or "". */
  public String serverMessage() {
    return serverMessage;
  }
}
