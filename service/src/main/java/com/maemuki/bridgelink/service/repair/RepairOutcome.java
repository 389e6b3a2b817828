package com.maemuki.bridgelink.service.repair;

/**
 * What a repair did.
 *
 * @param ok it did what it set out to do (also when nothing needed doing)
 * @param message one sentence for the user
 * @param cleared the finding it targeted is gone on re-check ({@link Verification#FIXED}; false
 *     when still there or unknown)
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

  /** This outcome with the re-check's verdict: its sentence appended, cleared only when fixed. */
  RepairOutcome verified(Verification verification) {
    String joined =
        message.isBlank() ? verification.sentence() : message + " " + verification.sentence();
    return new RepairOutcome(ok, joined, verification == Verification.FIXED);
  }
}
