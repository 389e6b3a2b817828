package com.maemuki.bridgelink.service.repair;

/**
 * What a repair did.
 *
 * @param ok it did what it set out to do (also when nothing needed doing)
 * @param message one sentence for the user
 * @param cleared the finding it targeted is gone on re-check (false when unknown)
 */
public record RepairOutcome(boolean ok, String message, boolean cleared) {

  public RepairOutcome {
    message = message == null ? "" : message;
  }

  public static RepairOutcome failed(String message) {
    return new RepairOutcome(false, message, false);
  }

  public static RepairOutcome done(String message) {
    return new RepairOutcome(true, message, false);
  }

  RepairOutcome withCleared(boolean value) {
    return new RepairOutcome(ok, message, value);
  }
}
