package com.maemuki.bridgelink.ipc.message;

import tools.jackson.databind.JsonNode;

/** A push after {@code subscribe}: {@code snapshot}, {@code transition} or {@code repair}. */
public record Event(String event, JsonNode data) implements Message {
  public static final String TYPE = "event";

  @Override
  public String type() {
    return TYPE;
  }
}
