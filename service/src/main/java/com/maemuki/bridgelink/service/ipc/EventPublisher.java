package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.contract.IpcEvent;

/**
 * Where the monitor sends {@code snapshot}, {@code transition} and {@code repair} events, as the
 * contract's records. Never blocks: a subscriber that cannot keep up is dropped, not waited for.
 */
@FunctionalInterface
public interface EventPublisher {
  /** Sends {@code data}, the record {@link IpcEvent#dataType()} names, to every subscriber. */
  void publish(IpcEvent event, Record data);

  /**
   * False when nobody listens, so a caller can skip building the event at all (an idle service with
   * no tray attached then never serialises a snapshot). A subscriber that arrives later starts from
   * the current snapshot anyway.
   */
  default boolean hasSubscribers() {
    return true;
  }
}
