package com.maemuki.bridgelink.tray.connection;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** A self-healing connection to the Bridge Link service. */
public interface ServiceConnection extends AutoCloseable {

  /** Starts connecting, subscribing and reconnecting after losses, until {@link #close()}. */
  void start(ConnectionListener listener);

  /**
   * Sends a request. The future completes with the {@code result}, or exceptionally with a {@link
   * ServiceException} for an error response or when not connected.
   */
  CompletableFuture<JsonNode> request(String method, JsonNode params);

  /** Stops reconnecting and closes the connection. */
  @Override
  void close();
}
