package com.maemuki.bridgelink.tailscale.localapi;

import java.time.Duration;

/**
 * The request did not complete before its deadline; the connection was closed (which is also how a
 * LocalAPI {@code ping} is cancelled: tailscaled has no server-side timeout for it).
 */
public final class LocalApiTimeoutException extends LocalApiException {

  private static final long serialVersionUID = 1L;

  private final transient Duration deadline;

  public LocalApiTimeoutException(String message, Duration deadline) {
    super(message, null);
    this.deadline = deadline;
  }

  /** The deadline that ran out. */
  public Duration deadline() {
    return deadline;
  }
}
