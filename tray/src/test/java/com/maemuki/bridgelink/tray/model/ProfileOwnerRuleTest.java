package com.maemuki.bridgelink.tray.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileOwnerRuleTest {
  private static final String ANN = "S-1-5-21-1004336348-1177238915-682003330-1001";
  private static final String BOB = "S-1-5-21-1004336348-1177238915-682003330-1002";

  @Test
  void noOwnerAllowsEveryone() {
    // the empty profile, Linux, an older service: nothing to compare with
    assertThat(ProfileOwnerRule.userMayRepair(null, ANN)).isTrue();
    assertThat(ProfileOwnerRule.userMayRepair("  ", ANN)).isTrue();
    assertThat(ProfileOwnerRule.userMayRepair(null, null)).isTrue();
  }

  @Test
  void theOwnerMayRepairWhateverTheCase() {
    assertThat(ProfileOwnerRule.userMayRepair(ANN, ANN)).isTrue();
    assertThat(ProfileOwnerRule.userMayRepair(ANN.toLowerCase(), ANN)).isTrue();
    assertThat(ProfileOwnerRule.userMayRepair(" " + ANN + " ", ANN)).isTrue();
  }

  @Test
  void anotherUserOrAnUnknownOneMayNot() {
    assertThat(ProfileOwnerRule.userMayRepair(ANN, BOB)).isFalse();
    // an owner exists but our own SID could not be read: tailscaled would refuse us
    assertThat(ProfileOwnerRule.userMayRepair(ANN, null)).isFalse();
    assertThat(ProfileOwnerRule.userMayRepair(ANN, "")).isFalse();
  }
}
