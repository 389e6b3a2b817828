package com.maemuki.bridgelink.ipc;

/** Protocol constants shared by the service and its clients. */
public final class Protocol {
  /** Version spoken in {@code hello}/{@code welcome}; bump when a message changes incompatibly. */
  public static final int VERSION = 1;

  /**
   * The oldest version this build still speaks. A tray one version behind the service keeps working
   * as long as this is {@code VERSION - 1}; anything older is told plainly to update.
   */
  public static final int OLDEST_SUPPORTED = 1;

  /** Largest JSON payload of one frame, in bytes (the 4-byte length prefix not included). */
  public static final int MAX_FRAME_BYTES = 64 * 1024;

  private Protocol() {}

  /** True when this build can speak {@code version}. */
  public static boolean supports(int version) {
    return version >= OLDEST_SUPPORTED && version <= VERSION;
  }
}
