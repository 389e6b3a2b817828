package com.maemuki.bridgelink.service.platform.firewall;

/** A requested port is not a configured inbound port; the message is safe to show. */
public final class PortRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public PortRejectedException(String message) {
    super(message);
  }
}
