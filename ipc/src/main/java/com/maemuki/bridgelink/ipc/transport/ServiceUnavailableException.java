package com.maemuki.bridgelink.ipc.transport;

import java.io.IOException;

/** Nothing listens on the endpoint: the service is not running (or not reachable by this user). */
public final class ServiceUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
