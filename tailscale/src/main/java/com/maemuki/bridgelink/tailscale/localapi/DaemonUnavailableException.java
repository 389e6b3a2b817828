package com.maemuki.bridgelink.tailscale.localapi;

/**
 * tailscaled could not be reached at all: the socket or pipe does not exist, or nobody listens on
 * it. The message names the address and says what to do (start the daemon or pass another path).
 */
public final class DaemonUnavailableException extends LocalApiException {

  private static final long serialVersionUID = 1L;

  private final String address;

  public DaemonUnavailableException(String address, String message, Throwable cause) {
    super(message, cause);
    this.address = address;
  }

  /** The socket path or pipe name that was dialled. */
  public String address() {
    return address;
  }
}
