package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.check.live.PeerPortCheck;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.PeerState;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks read tailscaled as its source writes it (issue 11; ../shared/reference/
 * tailscale-formats.md corrections 1–5, 11, 13). Each test names the tailscale source it follows.
 */
class TailscaleFactsChecksTest {

  private static final Instant NOW = Instant.parse("2026-08-20T12:05:00Z");

  /** A Running status in a map poll with the given peers (as JSON object members, or null). */
  private static Status running(String peers) throws Exception {
    return StatusJsonParser.parse(
        "{\"BackendState\":\"Running\",\"CurrentTailnet\":{\"MagicDNSSuffix\":\"tail4e2b9c.ts.net\"},"
            + "\"Self\":{\"ID\":\"nSelf\",\"Online\":true,\"TailscaleIPs\":[\"100.87.14.52\"]},"
            + "\"Peer\":"
            + (peers == null ? "null" : "{" + peers + "}")
            + "}");
  }

  private static String peer(String key, String fields) {
    return "\"nodekey:" + key + "\":{" + fields + "}";
  }

  private static List<Finding> all(Observations o) {
    return Checks.evaluate(Checks.tailscaleChecks(CheckSettings.defaults()), o);
  }

  // ipn/ipnstate/ipnstate.go StatusBuilder.AddPeer makes the Peer map on the first peer: a node
  // whose only peer (the shared-in computer) is gone writes "Peer": null.
  @Test
  void peerNullMeansTheWatchedPeerIsNotInTheTailnet() throws Exception {
    Observations o = Observations.builder(NOW).status(running(null)).watchPeer("office-pc").build();
    assertThat(all(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PEER_NOT_IN_TAILNET);
              assertThat(f.subject()).isEqualTo("office-pc");
              assertThat(f.detail()).contains("no peers at all");
            });
  }

  // ipn/ipnlocal/local.go populatePeerStatusLocked: ShareeNode comes from the peer's Hostinfo and
  // marks a node in our netmap only because we shared our node to its owner.
  @Test
  void aWatchedPeerSeenOnlyAsAShareeIsNotSharedBack() throws Exception {
    Observations o =
        Observations.builder(Instant.parse("2026-03-01T00:00:00Z")) // well before Self's key expiry
            .status(Observed.status(Fixtures.STATUS_8_PEERS))
            .watchPeer("friends-laptop")
            .build();
    List<Finding> f = all(o);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo(FindingCode.PEER_NOT_SHARED_BACK);
              assertThat(x.subject()).isEqualTo("friends-laptop");
              assertThat(x.detail())
                  .contains("friends-laptop.tail77aa01.ts.net")
                  .contains("have not shared their computer with you (or revoked it)");
            });
    assertThat(x(f).remedy()).contains("step 7").contains("share it back");
    assertThat(x(f).code().fixer().wireName()).isEqualTo("peer-owner");
    assertThat(x(f).repair()).isEqualTo("copy-share-instructions");
  }

  private static Finding x(List<Finding> f) {
    return f.get(0);
  }

  // A sharee that is also active (it connects to us) is still not a peer we judge: no path or
  // offline finding is about it, with or without watched peers.
  @Test
  void shareesAreNeverInScope() throws Exception {
    Status s =
        running(
            peer(
                "a1",
                "\"DNSName\":\"desk.tail77aa01.ts.net.\",\"ShareeNode\":true,\"Active\":true,"
                    + "\"Relay\":\"fra\",\"Online\":false,\"LastSeen\":\"2026-08-20T11:00:00Z\""));
    assertThat(all(Observations.builder(NOW).status(s).build())).isEmpty();
    assertThat(all(Observations.builder(NOW).status(s).watchPeer("desk").build()))
        .extracting(Finding::code)
        .containsExactly(FindingCode.PEER_NOT_SHARED_BACK);
  }

  // ipn/ipnlocal/local.go populatePeerStatusLocked: Online: p.Online().Get() flattens control's
  // "unknown" (nil) to false, and LastSeen stays Go's zero time.
  @Test
  void onlineFalseWithoutLastSeenIsUnknownNotOffline() throws Exception {
    Status s =
        running(
            peer(
                "b1",
                "\"DNSName\":\"office-pc.tail4e2b9c.ts.net.\",\"Online\":false,"
                    + "\"LastSeen\":\"0001-01-01T00:00:00Z\",\"TailscaleIPs\":[\"100.64.0.2\"],"
                    + "\"Active\":true,\"CurAddr\":\"\",\"Relay\":\"fra\""));
    // neither offline nor relayed (DESIGN.md: relayed needs the peer online or answering)
    assertThat(all(Observations.builder(NOW).status(s).watchPeer("office-pc").build())).isEmpty();
    assertThat(all(Observations.builder(NOW).status(s).build())).isEmpty();
  }

  // Point 4, the other half: with control silent, our own probe decides (PeerPortCheck, PeerState).
  @Test
  void anUnknownPeerIsDecidedByOurOwnProbe() throws Exception {
    Status s =
        running(
            peer(
                "b2",
                "\"DNSName\":\"office-pc.tail4e2b9c.ts.net.\",\"Online\":false,"
                    + "\"TailscaleIPs\":[\"100.64.0.2\"]"));
    PeerStatus office = s.peerList().get(0);
    PingOutcome silence = new PingOutcome("disco", false, null, null, "timeout");
    PeerProbes dead =
        new PeerProbes(
            "office",
            "100.64.0.2",
            List.of(
                new TcpProbeResult(
                    "100.64.0.2", 3389, TcpOutcome.TIMEOUT, 1500, "no answer within 1500 ms", NOW)),
            silence);
    assertThat(new PeerPortCheck().check(new ProbeReading(NOW, List.of(dead)), n -> office))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PEER_OFFLINE);
              assertThat(f.detail()).contains("Control does not say whether it is online");
            });
    assertThat(PeerState.of(s, office, dead)).isEqualTo(PeerState.OFFLINE);
    PeerProbes answered =
        new PeerProbes(
            "office",
            "100.64.0.2",
            List.of(
                new TcpProbeResult(
                    "100.64.0.2", 3389, TcpOutcome.REFUSED, 3, "connection refused", NOW)),
            silence);
    assertThat(PeerState.of(s, office, answered)).isEqualTo(PeerState.ONLINE);
    assertThat(new PeerPortCheck().check(new ProbeReading(NOW, List.of(answered)), n -> office))
        .extracting(Finding::code)
        .containsExactly(FindingCode.PEER_PORT_CLOSED);
    assertThat(PeerState.of(s, office, null)).isEqualTo(PeerState.UNKNOWN);
  }

  // ipn/ipnlocal/local.go updateStatusLocked: Self.Online = health.GetInPollNetMap(); while
  // Stopped (or NeedsLogin, or out of the map poll) the peer values are whatever they last were.
  @Test
  void peersAreNotJudgedWhileThisMachineIsNotRunningInAMapPoll() throws Exception {
    String tab = Fixtures.text(Fixtures.STATUS_8_PEERS);
    Status stopped =
        StatusJsonParser.parse(
            tab.replaceFirst("\"BackendState\":\\s*\"Running\"", "\"BackendState\": \"Stopped\""));
    Status outOfPoll =
        StatusJsonParser.parse(tab.replaceFirst("\"Online\":\\s*true", "\"Online\": false"));
    assertThat(outOfPoll.self().online()).isFalse();
    for (Status s : List.of(stopped, outOfPoll)) {
      Observations o =
          Observations.builder(NOW)
              .status(s)
              .watchPeer("pixel-8")
              .watchPeer("laptop-bob")
              .watchPeer("bridge-peer")
              .build();
      assertThat(all(o))
          .extracting(Finding::code)
          .doesNotContain(
              FindingCode.PEER_OFFLINE, FindingCode.PATH_RELAYED, FindingCode.PEER_NOT_IN_TAILNET);
    }
    assertThat(all(Observed.eightPeers().watchPeer("pixel-8").watchPeer("laptop-bob").build()))
        .as("the same peers while Running")
        .extracting(Finding::code)
        .contains(FindingCode.PEER_OFFLINE, FindingCode.PATH_RELAYED);
  }

  // cmd/tailscale/cli/status.go prints `relay "fra"; offline` for an Active peer without CurAddr
  // that control reports offline: magicsock still sends toward its DERP home, nothing comes back.
  @Test
  void anOfflinePeerWeKeepSendingToIsOfflineNotRelayed() throws Exception {
    Status s =
        running(
            peer(
                "c1",
                "\"DNSName\":\"office-pc.tail4e2b9c.ts.net.\",\"Active\":true,"
                    + "\"CurAddr\":\"\",\"Relay\":\"fra\",\"Online\":false,"
                    + "\"LastSeen\":\"2026-08-20T11:58:00Z\",\"TailscaleIPs\":[\"100.64.0.2\"]"));
    assertThat(all(Observations.builder(NOW).status(s).watchPeer("office-pc").build()))
        .extracting(Finding::code)
        .containsExactly(FindingCode.PEER_OFFLINE);
    assertThat(all(Observations.builder(NOW).status(s).build()))
        .as("in use but offline, nothing watched")
        .isEmpty();
  }

  // tailscale-formats.md correction 13: a SYN dropped by ACLs or --shields-up times out at the
  // sender (wgengine/filter drops it; a TSMP reject is not turned into an RST), while "refused"
  // is the peer's own TCP stack answering.
  @Test
  void refusedAndTimedOutPortsSayDifferentThings() throws Exception {
    PeerStatus online =
        Observed.status(Fixtures.STATUS_8_PEERS).peerList().stream()
            .filter(p -> p.name().equals("fileserver"))
            .findFirst()
            .orElseThrow();
    PingOutcome pong = new PingOutcome("TSMP", true, 9.0, null, null);
    ProbeReading round =
        new ProbeReading(
            NOW,
            List.of(
                new PeerProbes(
                    "app",
                    "100.64.0.2",
                    List.of(
                        new TcpProbeResult(
                            "100.64.0.2", 3389, TcpOutcome.REFUSED, 4, "connection refused", NOW),
                        new TcpProbeResult(
                            "100.64.0.2",
                            5900,
                            TcpOutcome.TIMEOUT,
                            1500,
                            "no answer within 1500 ms",
                            NOW)),
                    pong)));
    List<Finding> f = new PeerPortCheck().check(round, Map.of("app", online)::get);
    assertThat(f)
        .extracting(Finding::code, Finding::subject)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(FindingCode.PEER_PORT_CLOSED, "app:3389"),
            org.assertj.core.groups.Tuple.tuple(FindingCode.PEER_PORT_UNREACHABLE, "app:5900"));
    Finding refused =
        f.stream().filter(x -> x.code() == FindingCode.PEER_PORT_CLOSED).findFirst().orElseThrow();
    Finding dropped =
        f.stream()
            .filter(x -> x.code() == FindingCode.PEER_PORT_UNREACHABLE)
            .findFirst()
            .orElseThrow();
    assertThat(refused.detail()).contains("The peer answered").contains("nothing listens");
    assertThat(dropped.detail())
        .contains("the peer's firewall")
        .contains("the tailnet's ACLs")
        .contains("shields-up");
    assertThat(dropped.remedy()).contains("firewall").contains("ACLs").contains("shields-up");
  }

  // health/warnings.go renders "… relay server in %v" with a duration that health/health.go
  // recomputes on every update.
  @Test
  void healthMessagesWithDurationsAreOneFinding() throws Exception {
    String at12 =
        "Tailscale hasn't heard from the 'fra' relay server in 1m12s. The server might be"
            + " temporarily unavailable, or your Internet connection might be down.";
    String at19 = at12.replace("1m12s", "1m19s");
    String at5m = at12.replace("1m12s", "5m");
    List<Finding> first = new TailscaleHealthCheck().evaluate(health(at12));
    List<Finding> later = new TailscaleHealthCheck().evaluate(health(at19));
    List<Finding> much = new TailscaleHealthCheck().evaluate(health(at5m));
    assertThat(first).singleElement().extracting(Finding::detail).isEqualTo(at12);
    assertThat(later).singleElement().extracting(Finding::detail).isEqualTo(at19);
    assertThat(first.get(0).key()).isEqualTo(later.get(0).key()).isEqualTo(much.get(0).key());
    assertThat(first.get(0).subject()).doesNotContain("1m12s").contains("relay server in");
    assertThat(new TailscaleHealthCheck().evaluate(health(at12, at19)))
        .as("two renderings in one list")
        .hasSize(1);
    assertThat(
            new TailscaleHealthCheck()
                .evaluate(health("Tailscale 1.102.4 is out of date; 41641/udp is blocked.")))
        .singleElement()
        .extracting(Finding::subject)
        .as("version numbers and ports are not durations")
        .isEqualTo("Tailscale 1.102.4 is out of date; 41641/udp is blocked.");
  }

  // health/warnings.go: IPNStateWarnable, LoginStateWarnable, warmingUpWarnable.
  @Test
  void healthThatRestatesTheBackendStateIsLeftToTheStateFinding() throws Exception {
    assertThat(new TailscaleHealthCheck().evaluate(health("Tailscale is stopped."))).isEmpty();
    assertThat(new TailscaleHealthCheck().evaluate(health("You are logged out."))).isEmpty();
    assertThat(
            new TailscaleHealthCheck()
                .evaluate(health("You are logged out. The last login error was: denied")))
        .as("a login error is news")
        .hasSize(1);
    assertThat(
            new TailscaleHealthCheck()
                .evaluate(
                    health(
                        "Tailscale is starting. Please wait.",
                        "Tailscale can't reach the configured DNS servers.")))
        .as("nothing while tailscaled warms up")
        .isEmpty();
  }

  private static Observations health(String... messages) throws Exception {
    StringBuilder json = new StringBuilder("{\"BackendState\":\"Running\",\"Health\":[");
    for (int i = 0; i < messages.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(messages[i]).append('"');
    }
    json.append("]}");
    return Observations.builder(NOW).status(StatusJsonParser.parse(json.toString())).build();
  }

  // ipn/ipnlocal/local.go setControlClientStatusLocked: isExpired :=
  // SelfKeyExpiry().Before(now), whatever the Expired flag says.
  @Test
  void keyPastItsExpiryWhileRunningIsExpired() {
    Observations o = Observed.eightPeers().build(); // Self.KeyExpiry 2026-05-01, Online true
    assertThat(o.status().self().expired()).isFalse();
    assertThat(new KeyExpiredCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("The node key expired at 2026-05-01T09:14:55Z.");
    Observations before =
        Observations.builder(Instant.parse("2026-04-30T00:00:00Z")).status(o.status()).build();
    assertThat(new KeyExpiredCheck().evaluate(before)).isEmpty();
  }
}
