package com.maemuki.bridgelink.tailscale.localapi;

/** A body or line was larger than the cap; reading stopped before allocating more. */
final class BodyTooLargeException extends HttpFormatException {

  private static final long serialVersionUID = 1L;

  BodyTooLargeException(long cap) {
    super("the response is larger than the " + cap + "-byte limit");
  }
}
