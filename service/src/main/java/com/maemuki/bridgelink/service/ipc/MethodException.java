package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.message.IpcError;

/** A method's refusal, sent to the caller as {@code {"error": {code, message}}}. */
public final class MethodException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;

  public MethodException(String code, String message) {
    super(message);
    this.code = code;
  }

  public static MethodException badRequest(String message) {
    return new MethodException(IpcError.BAD_REQUEST, message);
  }

  public static MethodException notAvailable(String message) {
    return new MethodException(IpcError.NOT_AVAILABLE, message);
  }

  public String code() {
    return code;
  }

  public IpcError toError() {
    return new IpcError(code, getMessage());
  }
}
