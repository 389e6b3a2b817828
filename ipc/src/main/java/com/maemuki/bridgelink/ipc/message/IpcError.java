package com.maemuki.bridgelink.ipc.message;

/** The {@code {"code", "message"}} of an error; codes are the constants below. */
public record IpcError(String code, String message) {
  public static final String BAD_REQUEST = "bad-request";
  public static final String UNKNOWN_METHOD = "unknown-method";
  public static final String FORBIDDEN = "forbidden";
  public static final String NOT_AVAILABLE = "not-available";
  public static final String INTERNAL = "internal";
  public static final String PROTOCOL_VERSION = "protocol-version";

  /** Too many long calls (diagnostics, repairs) in flight; try again when one has answered. */
  public static final String BUSY = "busy";

  public IpcError {
    code = code == null ? INTERNAL : code;
    message = message == null ? "" : message;
  }
}
