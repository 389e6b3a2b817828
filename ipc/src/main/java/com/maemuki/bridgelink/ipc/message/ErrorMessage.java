package com.maemuki.bridgelink.ipc.message;

/**
 * A connection-level error (a protocol violation, an unsupported version, a busy service); the
 * sender closes the connection after it.
 */
public record ErrorMessage(IpcError error) implements Message {
  public static final String TYPE = "error";

  @Override
  public String type() {
    return TYPE;
  }
}
