package com.maemuki.bridgelink.ipc.client;

import java.io.IOException;

/**
 * A call that did not produce a result: the service's error (its {@code code}, e.g. {@code
 * forbidden}) or a local one ({@link #SERVICE_UNAVAILABLE}, {@link #TIMEOUT}, {@link
 * #DISCONNECTED}). The message is fit to show a user.
 */
public final class IpcException extends IOException {
  private static final long serialVersionUID = 1L;

  /** No service listens (not running, or this user may not reach it). */
  public static final String SERVICE_UNAVAILABLE = "service-unavailable";

  /**
   * What answers on the endpoint is not the service (on Windows: another process serves its pipe);
   * refused unread. The message says who and what to do.
   */
  public static final String UNTRUSTED_SERVER = "untrusted-server";

  /** No answer within the call's deadline. */
  public static final String TIMEOUT = "timeout";

  /** The connection went away before the answer came. */
  public static final String DISCONNECTED = "disconnected";

  private final String code;

  public IpcException(String code, String message) {
    super(message);
    this.code = code;
  }

  public IpcException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
