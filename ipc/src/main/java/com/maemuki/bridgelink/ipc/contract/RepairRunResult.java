package com.maemuki.bridgelink.ipc.contract;

/**
 * The {@code repair.run} result.
 *
 * @param message one sentence for the user ("Verified: the problem is gone.")
 * @param cleared true only when the re-check verified the finding gone
 */
public record RepairRunResult(Boolean ok, String message, Boolean cleared) {
  /** Whether the repair ran without error. */
  public boolean succeeded() {
    return Boolean.TRUE.equals(ok);
  }
}
