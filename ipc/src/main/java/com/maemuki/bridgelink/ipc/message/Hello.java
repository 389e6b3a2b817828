package com.maemuki.bridgelink.ipc.message;

/** The client's first message: the protocol it speaks and who it is ({@code "tray/1.0.0"}). */
public record Hello(int protocol, String client) implements Message {
  public static final String TYPE = "hello";

  @Override
  public String type() {
    return TYPE;
  }
}
