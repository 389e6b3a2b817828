package com.maemuki.bridgelink.tray.connection;

/** An error response from the service, or the service being unreachable. */
public final class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The contract's error code ({@code forbidden}, {@code not-available}, …) or {@code unreachable}.
   */
  private final String code;

  public ServiceException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
