package com.maemuki.bridgelink.ipc.contract;

/**
 * A finding raised, cleared or changed (its severity moved), after the service's flap damping.
 *
 * @param kind {@code raised | cleared | changed}
 * @param finding the finding as it is now (as it was, for {@code cleared})
 */
public record TransitionData(String kind, FindingData finding, String time) {
  public static final String RAISED = "raised";
  public static final String CLEARED = "cleared";
  public static final String CHANGED = "changed";
}
