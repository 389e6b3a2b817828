package com.maemuki.bridgelink.ipc.client;

import tools.jackson.databind.JsonNode;

/** Receives events pushed after {@code subscribe}, on the connection's reader thread, in order. */
@FunctionalInterface
public interface EventListener {
  void onEvent(String event, JsonNode data);
}
