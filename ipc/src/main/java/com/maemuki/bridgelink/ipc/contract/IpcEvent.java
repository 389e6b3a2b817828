package com.maemuki.bridgelink.ipc.contract;

import java.util.Optional;

/** The events the service pushes after {@code subscribe}, with the record of their {@code data}. */
public enum IpcEvent {
  /** The whole snapshot: first right after {@code subscribe}, then on every change. */
  SNAPSHOT("snapshot", SnapshotData.class),
  /** A finding raised, cleared or changed, after the service's flap damping. */
  TRANSITION("transition", TransitionData.class),
  /** Progress of a service repair: started, then succeeded or failed. */
  REPAIR("repair", RepairEventData.class);

  private final String wireName;
  private final Class<? extends Record> data;

  IpcEvent(String wireName, Class<? extends Record> data) {
    this.wireName = wireName;
    this.data = data;
  }

  public String wireName() {
    return wireName;
  }

  public Class<? extends Record> dataType() {
    return data;
  }

  /** The event with this wire name; empty for one a newer service added. */
  public static Optional<IpcEvent> fromWire(String name) {
    for (IpcEvent event : values()) {
      if (event.wireName.equals(name)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
