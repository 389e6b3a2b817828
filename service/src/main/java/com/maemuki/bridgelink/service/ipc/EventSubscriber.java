package com.maemuki.bridgelink.service.ipc;

/** A client that receives events: the hub offers it encoded frames and drops it when it lags. */
public interface EventSubscriber {
  /**
   * Queues one encoded frame without blocking.
   *
   * @return false when the subscriber's queue is full
   */
  boolean offer(byte[] frame);

  /** Disconnects the subscriber, logging {@code reason}. */
  void drop(String reason);

  /** Who it is, for logs. */
  String describe();
}
