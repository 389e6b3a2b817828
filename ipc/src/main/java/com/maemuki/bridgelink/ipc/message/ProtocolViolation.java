package com.maemuki.bridgelink.ipc.message;

/** A well-framed object that is not a valid message; carries the error to send back. */
public final class ProtocolViolation extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient IpcError error;

  public ProtocolViolation(String message) {
    super(message);
    this.error = new IpcError(IpcError.BAD_REQUEST, message);
  }

  public IpcError error() {
    return error;
  }
}
