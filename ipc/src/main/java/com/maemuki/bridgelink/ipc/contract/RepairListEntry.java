package com.maemuki.bridgelink.ipc.contract;

/**
 * One repair in {@code repair.list}.
 *
 * @param runsIn where it runs: {@link #SERVICE} (privileged, over {@code repair.run}) or {@link
 *     #TRAY} (as the signed-in user, in the tray's own process; {@code repair.run} refuses it)
 * @param allowed whether this caller may run it
 * @param findingKey the active finding it clears ({@code local-port-blocked/3389}), or null
 */
public record RepairListEntry(
    String id, String title, String runsIn, Boolean allowed, String findingKey) {
  public static final String SERVICE = "service";
  public static final String TRAY = "tray";
}
