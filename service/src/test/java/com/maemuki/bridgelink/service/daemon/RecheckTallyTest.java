package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.repair.Verification;
import org.junit.jupiter.api.Test;

class RecheckTallyTest {

  @Test
  void oneCleanFreshLookIsAFixEvenWhileDampingStillShowsTheFinding() {
    RecheckTally tally = new RecheckTally(2);
    assertThat(tally.decided()).isEmpty();
    tally.observe(false);
    assertThat(tally.decided()).contains(Verification.FIXED);
  }

  @Test
  void stillThereNeedsAsManySightingsInARowAsRaisingDoes() {
    RecheckTally tally = new RecheckTally(2);
    tally.observe(true);
    assertThat(tally.decided()).as("one early look is not enough").isEmpty();
    tally.observe(true);
    assertThat(tally.decided()).contains(Verification.STILL_PRESENT);
  }

  @Test
  void aRepairThatTakesEffectOnTheSecondLookIsAFix() {
    RecheckTally tally = new RecheckTally(3);
    tally.observe(true);
    tally.observe(false);
    assertThat(tally.decided()).contains(Verification.FIXED);
  }

  @Test
  void atTheBoundTheLatestLookDecidesAndNoLookIsUnverified() {
    assertThat(new RecheckTally(2).atBound()).isEqualTo(Verification.UNVERIFIED);
    RecheckTally seenOnce = new RecheckTally(5);
    seenOnce.observe(true);
    assertThat(seenOnce.decided()).isEmpty();
    assertThat(seenOnce.atBound()).isEqualTo(Verification.STILL_PRESENT);
    RecheckTally cleanLast = new RecheckTally(5);
    cleanLast.observe(true);
    cleanLast.observe(false);
    assertThat(cleanLast.atBound()).isEqualTo(Verification.FIXED);
  }

  @Test
  void aConfirmCountBelowOneMeansOneSighting() {
    RecheckTally tally = new RecheckTally(0);
    tally.observe(true);
    assertThat(tally.decided()).contains(Verification.STILL_PRESENT);
  }
}
