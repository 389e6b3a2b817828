package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyExpiryChecksTest {

  private static final Duration TWO_WEEKS = Duration.ofDays(14);
  // Self.KeyExpiry in the samples is 2026-05-01T09:14:55Z.
  private static final String STOPPED = "status_cli-json_Stopped_after-tailscale-down.json";

  @Test
  void selfKeyExpiringWithinThreshold() {
    Observations o =
        Observed.at(Instant.parse("2026-04-24T09:14:55Z")).status(Observed.status(STOPPED)).build();
    List<Finding> f = new KeyExpiringCheck(TWO_WEEKS).evaluate(o);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo(FindingCode.KEY_EXPIRING);
              assertThat(x.detail())
                  .isEqualTo("The node key expires in 7 days (2026-05-01T09:14:55Z).");
            });
    assertThat(new KeyExpiredCheck().evaluate(o)).isEmpty();
    assertThat(new KeyExpiringCheck(Duration.ofDays(3)).evaluate(o)).as("threshold").isEmpty();
  }

  @Test
  void selfKeyExpiredWhenNotOnline() {
    // The Stopped sample has Self.Online=false: past the expiry, the key has expired.
    Observations o =
        Observed.at(Instant.parse("2026-05-02T00:00:00Z")).status(Observed.status(STOPPED)).build();
    assertThat(new KeyExpiredCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("The node key expired at 2026-05-01T09:14:55Z.");
    assertThat(new KeyExpiringCheck(TWO_WEEKS).evaluate(o)).isEmpty();
  }

  @Test
  void peerKeysOfWatchedPeers() {
    // fileserver's key expires 2026-09-05T12:01:44Z; old-nas is flagged Expired.
    Observations o = Observed.eightPeers().watchPeer("fileserver").watchPeer("old-nas").build();
    List<Finding> f = new PeerKeyExpiryCheck(Duration.ofDays(30)).evaluate(o);
    assertThat(f)
        .extracting(Finding::code)
        .containsExactly(FindingCode.PEER_KEY_EXPIRING, FindingCode.PEER_KEY_EXPIRED);
    assertThat(f.get(0).subject()).isEqualTo("fileserver");
    assertThat(f.get(0).detail()).contains("expires in 15 days");
    assertThat(f.get(1).subject()).isEqualTo("old-nas");
    assertThat(f.get(1).detail()).isEqualTo("old-nas's node key expired at 2026-07-31T10:00:00Z.");
    assertThat(new PeerKeyExpiryCheck(TWO_WEEKS).evaluate(o))
        .extracting(Finding::code)
        .containsExactly(FindingCode.PEER_KEY_EXPIRED);
  }

  @Test
  void withoutWatchedPeersOnlyPeersInUseCount() {
    // Active peers: fileserver, laptop-bob, branch-gw, home-router. old-nas is idle and out of
    // scope.
    Observations o = Observed.eightPeers().build();
    assertThat(new PeerKeyExpiryCheck(Duration.ofDays(30)).evaluate(o))
        .extracting(Finding::subject)
        .containsExactly("fileserver");
  }
}
