package com.maemuki.bridgelink.service.platform;

/** A service manager refused or failed an operation; the message is shown to people. */
public final class ServiceOperationException extends Exception {
  private static final long serialVersionUID = 1L;

  public ServiceOperationException(String message) {
    super(message);
  }

  public ServiceOperationException(String message, Throwable cause) {
    super(message, cause);
  }
}
