package com.maemuki.bridgelink.ipc.message;

/** One protocol message; its JSON {@code type} is {@link #type()}. */
public sealed interface Message permits Hello, Welcome, Request, Response, Event, ErrorMessage {
  /** The value of the JSON {@code type} field. */
  String type();
}
