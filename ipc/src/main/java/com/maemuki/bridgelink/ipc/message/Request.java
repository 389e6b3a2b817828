package com.maemuki.bridgelink.ipc.message;

import tools.jackson.databind.node.ObjectNode;

/** A method call; the answer is a {@link Response} with the same {@code id}. */
public record Request(long id, String method, ObjectNode params) implements Message {
  public static final String TYPE = "request";

  @Override
  public String type() {
    return TYPE;
  }
}
