package com.maemuki.bridgelink.service.repair;

import java.util.Locale;

/** Where a repair runs: in the service (privileged) or in the tray as the signed-in user. */
public enum RunsIn {
  SERVICE,
  TRAY;

  /** "service" / "tray", as in {@code repair.list}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
