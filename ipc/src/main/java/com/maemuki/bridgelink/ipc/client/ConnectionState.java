package com.maemuki.bridgelink.ipc.client;

/** What the tray shows about its link to the service. */
public enum ConnectionState {
  /** Connected and welcomed. */
  CONNECTED,
  /** Nothing answers (or the connection dropped); reconnecting with backoff. */
  SERVICE_NOT_RUNNING,
  /** The service refused our protocol version: the tray needs an update. Still retrying. */
  INCOMPATIBLE,
  /**
   * What answers is not the service (another process serves its Windows pipe): refused unread, and
   * the user must act. Still retrying.
   */
  UNTRUSTED_SERVER
}
