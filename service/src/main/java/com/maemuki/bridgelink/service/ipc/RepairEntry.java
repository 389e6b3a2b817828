package com.maemuki.bridgelink.service.ipc;

/**
 * One repair of {@code repair.list}.
 *
 * @param runsIn {@code service} (privileged, runs here) or {@code tray} (runs as the user)
 * @param findingKey the finding it clears, e.g. {@code local-port-blocked/3389}, or null
 */
public record RepairEntry(String id, String title, String runsIn, String findingKey) {
  public static final String RUNS_IN_SERVICE = "service";
  public static final String RUNS_IN_TRAY = "tray";

  public boolean runsInService() {
    return RUNS_IN_SERVICE.equals(runsIn);
  }
}
