package com.maemuki.bridgelink.tray.connection;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** Chooses the connection to the service: the IPC client over the platform transport. */
public final class ServiceConnections {
  private ServiceConnections() {}

  /** The connection; {@code socket} overrides the platform's default endpoint. */
  public static ServiceConnection open(Path socket) {
    return new ServiceConnection() {
      @Override
      public void start(ConnectionListener listener) {
        listener.disconnected("IPC client not merged yet");
      }

      @Override
      public CompletableFuture<JsonNode> request(String method, JsonNode params) {
        return CompletableFuture.failedFuture(new ServiceException("unreachable", "not yet"));
      }

      @Override
      public void close() {}
    };
  }
}
