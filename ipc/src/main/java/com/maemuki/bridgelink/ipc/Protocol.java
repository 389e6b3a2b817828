package com.maemuki.bridgelink.ipc;

/** Protocol constants shared by the service and its clients. */
public final class Protocol {
  /** Version spoken in {@code hello}/{@code welcome}; bump when a message changes incompatibly. */
  public static final int VERSION = 1;

  private Protocol() {}
}
