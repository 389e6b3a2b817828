package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.repair.Verification;
import java.util.Optional;

/**
 * The re-check's decision, kept apart from its waiting so it can be tested alone. It is fed one
 * sighting per fresh run of the finding's sources after the repair, each the raw (undamped)
 * evaluation of those readings:
 *
 * <ul>
 *   <li>a sighting without the finding decides {@link Verification#FIXED} at once: the fault is
 *       gone, whatever flap damping still shows for a moment;
 *   <li>{@code sightingsToConfirm} sightings in a row with the finding decide {@link
 *       Verification#STILL_PRESENT} (the same evidence damping needs to raise a finding, so a
 *       repair whose effect shows a moment late is not called a failure on one early look);
 *   <li>when the bound passes first, the latest sighting decides, and without any it is {@link
 *       Verification#UNVERIFIED}.
 * </ul>
 *
 * Not thread-safe: one re-check uses one tally.
 */
final class RecheckTally {

  private final int sightingsToConfirm;
  private int presentInARow;
  private Boolean latestPresent;

  /**
   * @param sightingsToConfirm how many sightings in a row say "still there" (at least 1)
   */
  RecheckTally(int sightingsToConfirm) {
    this.sightingsToConfirm = Math.max(1, sightingsToConfirm);
  }

  /** One fresh raw evaluation after the repair: whether it still raises the finding. */
  void observe(boolean present) {
    latestPresent = present;
    presentInARow = present ? presentInARow + 1 : 0;
  }

  /** The verdict once the sightings so far decide it, else empty (look again). */
  Optional<Verification> decided() {
    if (latestPresent == null) {
      return Optional.empty();
    }
    if (!latestPresent) {
      return Optional.of(Verification.FIXED);
    }
    return presentInARow >= sightingsToConfirm
        ? Optional.of(Verification.STILL_PRESENT)
        : Optional.empty();
  }

  /** The verdict when the bound passed before {@link #decided()} said anything. */
  Verification atBound() {
    if (latestPresent == null) {
      return Verification.UNVERIFIED;
    }
    return latestPresent ? Verification.STILL_PRESENT : Verification.FIXED;
  }
}
