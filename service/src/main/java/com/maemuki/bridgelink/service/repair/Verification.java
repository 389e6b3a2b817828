package com.maemuki.bridgelink.service.repair;

/**
 * What a repair's re-check found about the finding it targeted. The repair itself ran well in every
 * case; this says whether the problem is gone, so an operator can tell a fix from an action that
 * did not help and from one whose effect could not be seen in time.
 */
public enum Verification {
  /** A fresh check after the repair no longer finds the problem. */
  FIXED("fixed", "Verified: the problem is gone."),
  /** Fresh checks after the repair still find the problem. */
  STILL_PRESENT("still-present", "Applied, but the problem is still there."),
  /** No fresh check finished within the re-check's bound (or there is no monitor to ask). */
  UNVERIFIED(
      "unverified", "Applied, but whether the problem is gone could not be verified in time.");

  private final String wireName;
  private final String sentence;

  Verification(String wireName, String sentence) {
    this.wireName = wireName;
    this.sentence = sentence;
  }

  /** The word in the audit log's {@code verification} and the event log entry. */
  public String wireName() {
    return wireName;
  }

  /** The sentence appended to the repair's message for the user. */
  public String sentence() {
    return sentence;
  }
}
