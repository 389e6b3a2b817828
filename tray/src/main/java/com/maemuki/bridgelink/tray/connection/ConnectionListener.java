package com.maemuki.bridgelink.tray.connection;

import tools.jackson.databind.JsonNode;

/** What the tray hears from its connection; called from the connection's own thread. */
public interface ConnectionListener {
  /** The service accepted us ({@code welcome}) and the subscription is active. */
  void connected();

  /** The service went away or refused us; the connection keeps retrying by itself. */
  void disconnected(String reason);

  /**
   * The service refused our protocol version: this tray must be updated. The connection keeps
   * retrying (an updated service may accept us again).
   */
  void incompatible(String message);

  /** A pushed event ({@code snapshot}, {@code transition}, {@code repair}). */
  void event(String name, JsonNode data);
}
