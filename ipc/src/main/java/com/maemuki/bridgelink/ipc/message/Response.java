package com.maemuki.bridgelink.ipc.message;

import tools.jackson.databind.JsonNode;

/** The answer to the {@link Request} with the same id: a result or an error, never both. */
public record Response(long id, JsonNode result, IpcError error) implements Message {
  public static final String TYPE = "response";

  public static Response success(long id, JsonNode result) {
    return new Response(id, result, null);
  }

  public static Response failure(long id, IpcError error) {
    return new Response(id, null, error);
  }

  public boolean isError() {
    return error != null;
  }

  @Override
  public String type() {
    return TYPE;
  }
}
