package com.maemuki.bridgelink.ipc.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMembershipTest {
  private static final String ADMINISTRATORS = "S-1-5-32-544";

  @Test
  void decodesTokenAttributes() {
    // SE_GROUP_MANDATORY | SE_GROUP_ENABLED_BY_DEFAULT | SE_GROUP_ENABLED
    assertThat(GroupMembership.fromTokenAttributes(ADMINISTRATORS, 0x7).grants()).isTrue();
    // UAC filtered: SE_GROUP_USE_FOR_DENY_ONLY
    GroupMembership filtered = GroupMembership.fromTokenAttributes(ADMINISTRATORS, 0x10);
    assertThat(filtered.denyOnly()).isTrue();
    assertThat(filtered.grants()).isFalse();
    // present but disabled
    assertThat(GroupMembership.fromTokenAttributes(ADMINISTRATORS, 0x1).grants()).isFalse();
  }

  @Test
  void aPeerHasAGroupOnlyWhenItGrants() {
    PeerIdentity peer =
        new PeerIdentity(
            "PC\\alice",
            "S-1-5-21-1-2-3-1001",
            -1,
            -1,
            42,
            1,
            List.of(
                GroupMembership.fromTokenAttributes(ADMINISTRATORS, 0x10),
                GroupMembership.fromTokenAttributes("s-1-5-32-545", 0x7)));
    assertThat(peer.hasGrantingGroup(ADMINISTRATORS)).isFalse();
    assertThat(peer.hasDenyOnlyGroup(ADMINISTRATORS)).isTrue();
    assertThat(peer.hasGrantingGroup("S-1-5-32-545")).as("SIDs ignore case").isTrue();
    assertThat(peer.describe()).isEqualTo("PC\\alice (S-1-5-21-1-2-3-1001) pid 42 session 1");
    assertThat(PeerIdentity.unknown(7, -1).describe()).isEqualTo("unidentified peer pid 7");
    assertThat(PeerIdentity.unknown(7, -1).groups()).isEmpty();
  }
}
