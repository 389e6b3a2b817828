package com.maemuki.bridgelink.tailscale.localapi;

/** Opens a fresh connection to tailscaled's LocalAPI: one per request. */
public interface LocalApiDialer {

  /**
   * Connects, giving up at the deadline (the watchdog closes a half-open channel).
   *
   * @throws DaemonUnavailableException when nothing answers at the address
   * @throws AccessDeniedException when the OS refuses to open it
   * @throws LocalApiTimeoutException when the deadline ran out while connecting
   */
  LocalApiChannel dial(Deadline deadline) throws LocalApiException;

  /** The address in words, for messages: "unix socket /var/run/tailscale/tailscaled.sock". */
  String describe();
}
