package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;

/** The bytes from the daemon are not the HTTP/1.1 they should be; becomes a bad response. */
class HttpFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  HttpFormatException(String message) {
    super(message);
  }
}
