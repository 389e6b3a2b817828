package com.maemuki.bridgelink.tailscale.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerFactsTest {

  @ParameterizedTest(name = "{0}, {1}, {2}, {3} → {4}")
  @CsvSource({
    "true, '', '', fra, DERP",
    "true, 1.2.3.4:41641, '', fra, DIRECT",
    "true, '', 5.6.7.8:7777:vni:1, fra, PEER_RELAY",
    "true, 1.2.3.4:41641, 5.6.7.8:7777:vni:1, fra, PEER_RELAY",
    "false, 1.2.3.4:41641, '', fra, IDLE",
    "false, '', '', fra, IDLE",
    "true, '', '', '', UNKNOWN",
    ", 1.2.3.4:41641, '', '', DIRECT",
    ", '', '', fra, UNKNOWN",
  })
  void pathRule(Boolean active, String curAddr, String peerRelay, String relay, PeerPath path) {
    PeerStatus p =
        PeerStatus.builder()
            .active(active)
            .curAddr(curAddr)
            .peerRelay(peerRelay)
            .relay(relay)
            .build();
    assertThat(p.path()).isEqualTo(path);
    assertThat(path.wireName()).isIn("direct", "derp", "peer-relay", "idle", "unknown", "offline");
  }

  // cmd/tailscale/cli/status.go prints `relay "fra"; offline` for this peer: magicsock keeps
  // sending toward the DERP home of a peer with no direct endpoint, and control says it is gone.
  @Test
  void anOfflinePeerWeKeepSendingToIsOfflineNotRelayed() {
    PeerStatus.Builder sending = PeerStatus.builder().active(true).curAddr("").relay("fra");
    PeerStatus offline =
        sending.online(false).lastSeen(Instant.parse("2026-08-20T11:00:00Z")).build();
    assertThat(offline.path()).isEqualTo(PeerPath.OFFLINE);
    assertThat(offline.path().wireName()).isEqualTo("offline");
    assertThat(sending.online(false).lastSeen(null).build().path())
        .as("Online unknown: no sign anything comes back over DERP")
        .isEqualTo(PeerPath.UNKNOWN);
    assertThat(sending.online(true).build().path()).isEqualTo(PeerPath.DERP);
  }

  // ipn/ipnlocal/local.go populatePeerStatusLocked flattens control's tri-state Online with
  // p.Online().Get(): nil (unknown, or no permission to know) becomes false, LastSeen stays zero.
  @ParameterizedTest(name = "Online {0}, LastSeen {1} → {2}")
  @CsvSource({
    "true, , ONLINE",
    "false, 2026-08-20T11:00:00Z, OFFLINE",
    "false, , UNKNOWN",
    ", , UNKNOWN",
  })
  void onlineIsATriState(Boolean online, String lastSeen, PeerPresence presence) {
    PeerStatus p =
        PeerStatus.builder()
            .online(online)
            .lastSeen(lastSeen == null ? null : Instant.parse(lastSeen))
            .build();
    assertThat(p.presence()).isEqualTo(presence);
  }

  // Shared-in ⇔ outside our MagicDNS suffix and not a sharee (ipn/ipnstate/ipnstate.go ShareeNode);
  // AltSharerUserID is set only when the sharer is not the owner.
  @ParameterizedTest(name = "{0} sharee={1} alt={2} → {3}")
  @CsvSource({
    "desk.tail77aa01.ts.net., false, , true",
    "desk.tail77aa01.ts.net., true, , false",
    "desk.tail4e2b9c.ts.net., false, 6610447120938811, false",
    "desk.tail4e2b9c.ts.net., false, , false",
    "'', false, 6610447120938811, false",
  })
  void sharedInIsDecidedByTheDnsSuffix(
      String dnsName, boolean sharee, Long altSharer, boolean sharedIn) {
    PeerStatus p =
        PeerStatus.builder().dnsName(dnsName).shareeNode(sharee).altSharerUserId(altSharer).build();
    assertThat(p.sharedIn("tail4e2b9c.ts.net")).isEqualTo(sharedIn);
    assertThat(p.sharedIn("")).as("no suffix known").isFalse();
  }

  @Test
  void keyExpiryDaysLeft() {
    Instant now = Instant.parse("2026-08-20T12:00:00Z");
    PeerStatus p = PeerStatus.builder().keyExpiry(Instant.parse("2026-08-27T11:00:00Z")).build();
    assertThat(p.keyDaysLeft(now)).isEqualTo(6L);
    assertThat(p.keyExpired(now)).isFalse();
    PeerStatus past = PeerStatus.builder().keyExpiry(Instant.parse("2026-08-19T12:00:00Z")).build();
    assertThat(past.keyDaysLeft(now)).isEqualTo(-1L);
    assertThat(past.keyExpired(now)).isTrue();
    assertThat(PeerStatus.builder().build().keyDaysLeft(now)).isNull();
    assertThat(PeerStatus.builder().expired(true).build().keyExpired(now)).isTrue();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "laptop-bob, laptop-bob",
    "LAPTOP-BOB, laptop-bob",
    "laptop-bob.tail4e2b9c.ts.net, laptop-bob",
    "laptop-bob.tail4e2b9c.ts.net., laptop-bob",
    "100.96.200.3, laptop-bob",
    "FD7A:115C:A1E0::1F01:C803, laptop-bob",
    "nDerpOnly11CNTRL, laptop-bob",
    "ndirect4x11cntrl, fileserver",
    "6011948422001, fileserver",
    "pixel-8, pixel-8",
    "build-runner.tail9c1d33.ts.net, build-runner",
  })
  void matchesByEveryName(String spec, String expected) throws Exception {
    List<PeerStatus> peers =
        StatusJsonParser.parse(Fixtures.text(Fixtures.STATUS_8_PEERS)).peerList();
    assertThat(PeerMatcher.find(peers, spec))
        .get()
        .extracting(PeerStatus::name)
        .isEqualTo(expected);
  }

  @Test
  void hostNameMatchesLoseToExactOnes() throws Exception {
    List<PeerStatus> peers =
        StatusJsonParser.parse(Fixtures.text(Fixtures.STATUS_8_PEERS)).peerList();
    // pixel-8 reports host name "localhost"; no other node is called that.
    assertThat(PeerMatcher.find(peers, "localhost"))
        .get()
        .extracting(PeerStatus::name)
        .isEqualTo("pixel-8");
    assertThat(PeerMatcher.find(peers, "nope")).isEmpty();
    assertThat(PeerMatcher.find(peers, "  ")).isEmpty();
    assertThat(PeerMatcher.find(peers, "laptop")).as("no prefix matching").isEmpty();
  }
}
