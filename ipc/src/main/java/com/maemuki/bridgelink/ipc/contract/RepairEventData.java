package com.maemuki.bridgelink.ipc.contract;

/**
 * Progress of a service repair that every subscriber sees.
 *
 * @param repair the repair id
 * @param status {@code started | succeeded | failed}
 * @param cleared true only when the re-check verified the finding gone
 */
public record RepairEventData(String repair, String status, String message, Boolean cleared) {
  public static final String STARTED = "started";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";
}
