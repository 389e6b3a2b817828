package com.maemuki.bridgelink.tray.connection;

import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** A self-healing connection to the Bridge Link service. */
public interface ServiceConnection extends AutoCloseable {

  /** Starts connecting, subscribing and reconnecting after losses, until {@link #close()}. */
  void start(ConnectionListener listener);

  /**
   * Calls a method with its params record ({@link IpcMethod#paramsType()}, null for none). The
   * future completes with the {@code result} (read it as {@link IpcMethod#resultType()}), or
   * exceptionally with a {@link ServiceException} for an error response or when not connected.
   */
  CompletableFuture<JsonNode> request(IpcMethod method, Record params);

  /** Stops reconnecting and closes the connection. */
  @Override
  void close();
}
