package com.maemuki.bridgelink.tray.connection;

import tools.jackson.databind.JsonNode;

/** What the tray hears from its connection; called from the connection's own thread. */
public interface ConnectionListener {
  /** The service accepted us ({@code welcome}) and the subscription is active. */
  void connected();

  /** The service went away or refused us; the connection keeps retrying by itself. */
  void disconnected(String reason);

  /**
   * The link cannot be used until someone acts, said in {@code problem}: the service refused our
   * protocol version (update this tray), or what answers is not the service (another process serves
   * its pipe; refused unread). The connection keeps retrying.
   */
  void unusable(String problem);

  /** A pushed event ({@code snapshot}, {@code transition}, {@code repair}). */
  void event(String name, JsonNode data);
}
