package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.parse.PingResultJsonParser;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerChecksTest {

  @Test
  void watchedPeerOffline() {
    Observations o =
        Observed.eightPeers()
            .watchPeer("PIXEL-8.tail4e2b9c.ts.net.")
            .watchPeer("fileserver")
            .build();
    assertThat(new PeerOfflineCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PEER_OFFLINE);
              assertThat(f.subject()).isEqualTo("PIXEL-8.tail4e2b9c.ts.net.");
              assertThat(f.detail())
                  .isEqualTo("pixel-8 (100.70.33.21) is offline; last seen 2026-08-18T22:40:00Z.");
            });
  }

  @Test
  void offlinePeerWithExpiredKeySaysSo() {
    Observations o = Observed.eightPeers().watchPeer("100.113.2.44").build();
    assertThat(new PeerOfflineCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .endsWith("Its node key has expired.");
  }

  @Test
  void watchedPeerNotInTailnet() {
    Observations o = Observed.eightPeers().watchPeer("bridge-peer").watchPeer("laptop-bob").build();
    List<Finding> f = new PeerNotInTailnetCheck().evaluate(o);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo(FindingCode.PEER_NOT_IN_TAILNET);
              assertThat(x.subject()).isEqualTo("bridge-peer");
              assertThat(x.detail()).contains("among the 8 peers");
            });
  }

  @Test
  void notInTailnetIsUnknownWhileStopped() {
    Observations stopped =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_Stopped_after-tailscale-down.json"))
            .watchPeer("bridge-peer")
            .build();
    assertThat(new PeerNotInTailnetCheck().evaluate(stopped)).isEmpty();
  }

  @Test
  void noMatchingPeerPingWithoutStatus() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .pings(Observed.pings("pasted/ping_powershell_bom_crlf.txt"))
            .watchPeer("nas-gone")
            .build();
    assertThat(new PeerNotInTailnetCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("tailscale ping nas-gone answered: no matching peer.");
  }

  @Test
  void relayedPeerInUseWithoutWatchedPeers() {
    Observations o = Observed.eightPeers().build();
    assertThat(new PathRelayedCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PATH_RELAYED);
              assertThat(f.subject()).isEqualTo("laptop-bob");
              assertThat(f.detail())
                  .isEqualTo(
                      "Traffic to laptop-bob goes through DERP relay 'ams' (no direct path).");
            });
  }

  @Test
  void relayedWatchedPeerWithPingLatency() throws Exception {
    Observations o =
        Observed.eightPeers()
            .watchPeer("100.96.200.3")
            .ping(
                PingResultJsonParser.parse(Fixtures.text("localapi_ping_disco_via-DERP.json"))
                    .toAttempt("laptop-bob"))
            .build();
    assertThat(new PathRelayedCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("100.96.200.3");
              assertThat(f.detail())
                  .isEqualTo(
                      "Traffic to laptop-bob goes through DERP relay 'fra' (no direct path)."
                          + " Ping latency 43.7 ms median (43.7–43.7 ms, 1 replies).");
            });
  }

  @Test
  void directAndPeerRelayPathsAreNotRelayed() {
    Observations o = Observed.eightPeers().watchPeer("fileserver").watchPeer("branch-gw").build();
    assertThat(new PathRelayedCheck().evaluate(o)).isEmpty();
  }

  @Test
  void relayedFromAPingTranscriptAlone() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .pings(
                List.of(
                    com.maemuki.bridgelink.tailscale.model.PingAttempt.reply(
                        "bridge",
                        "bridge",
                        "100.1.2.3",
                        com.maemuki.bridgelink.tailscale.model.PingVia.DERP,
                        "fra",
                        null,
                        40)))
            .build();
    assertThat(new PathRelayedCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo(
            "Pings to bridge are relayed via DERP 'fra' (no direct path)."
                + " Ping latency 40.0 ms median (40.0–40.0 ms, 1 replies).");
    // The bash transcript ends with a direct reply: not relayed.
    Observations direct =
        Observed.at(Observed.CAPTURED)
            .pings(Observed.pings("pasted/ping_bash-prompt_ctrl-c.txt"))
            .build();
    assertThat(new PathRelayedCheck().evaluate(direct)).isEmpty();
  }
}
