package com.maemuki.bridgelink.service.platform;

import java.util.Locale;

/**
 * What the OS service manager says about tailscaled.
 *
 * @param detail the manager's own words ("SERVICE_STOPPED", "ActiveState=failed"), for details
 */
public record ServiceState(Kind kind, String detail) {

  /** The states that matter to the findings. */
  public enum Kind {
    RUNNING,
    STARTING,
    STOPPING,
    STOPPED,
    NOT_INSTALLED,
    /** The manager cannot tell (no systemd, access denied, a query error). */
    UNKNOWN;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public static ServiceState unknown(String why) {
    return new ServiceState(Kind.UNKNOWN, why);
  }
}
