package com.maemuki.bridgelink.service.check.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.check.Checks;
import com.maemuki.bridgelink.service.check.LiveObservations;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.config.ConfigProblem;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.observation.ConfigReading;
import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.probe.DnsAnswer;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.localapi.BadResponseException;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveChecksTest {

  private static final Instant NOW = Instant.parse("2026-11-24T19:00:00Z");
  private static final DaemonUnavailableException GONE =
      new DaemonUnavailableException("/run/ts.sock", "no LocalAPI socket at /run/ts.sock", null);

  private static TcpProbeResult ok(int port) {
    return new TcpProbeResult("100.64.0.2", port, TcpOutcome.OK, 3.0, null, NOW);
  }

  private static TcpProbeResult timedOut(int port) {
    return new TcpProbeResult(
        "100.64.0.2", port, TcpOutcome.TIMEOUT, 1500.0, "no answer within 1500 ms", NOW);
  }

  private static TcpProbeResult refused(int port) {
    return new TcpProbeResult(
        "100.64.0.2", port, TcpOutcome.REFUSED, 0.4, "connection refused", NOW);
  }

  @Test
  void daemonFindingsFollowTheServiceManagerAndTheKindOfFailure() {
    DaemonCheck check = new DaemonCheck();
    assertThat(check.check(null, null)).isEmpty();
    DaemonReading notInstalled =
        new DaemonReading(
            new ServiceState(ServiceState.Kind.NOT_INSTALLED, "no unit"),
            "unix socket /run/ts.sock",
            false,
            GONE);
    assertThat(check.check(notInstalled, GONE))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_NOT_INSTALLED);
    DaemonReading customSocket =
        new DaemonReading(
            new ServiceState(ServiceState.Kind.NOT_INSTALLED, "no unit"),
            "unix socket /x",
            true,
            GONE);
    assertThat(check.check(customSocket, GONE))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_STOPPED);
    DaemonReading stopped =
        new DaemonReading(
            new ServiceState(ServiceState.Kind.STOPPED, "SERVICE_STOPPED"),
            "named pipe x",
            false,
            GONE);
    assertThat(check.check(stopped, GONE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.DAEMON_STOPPED);
              assertThat(f.detail()).contains("SERVICE_STOPPED");
            });
    DaemonReading running =
        new DaemonReading(
            new ServiceState(ServiceState.Kind.RUNNING, "SERVICE_RUNNING"),
            "named pipe x",
            false,
            null);
    assertThat(check.check(running, GONE))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_UNRESPONSIVE);
    LocalApiTimeoutException hung =
        new LocalApiTimeoutException(
            "tailscaled did not answer status within 1 s", Duration.ofSeconds(1));
    assertThat(check.check(running, hung))
        .extracting(Finding::detail)
        .containsExactly("tailscaled did not answer status within 1 s");
    BadResponseException garbage =
        new BadResponseException(BadResponseException.NO_STATUS, "", "malformed", null);
    assertThat(check.check(running, garbage))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_UNRESPONSIVE);
    BadResponseException http500 = new BadResponseException(500, "boom", "HTTP 500", null);
    assertThat(check.check(running, http500)).isEmpty();
  }

  @Test
  void portFailuresAreTheApplicationWhenThePeerAnswersPingAndOfflineWhenNot() throws Exception {
    Status status = StatusJsonParser.parse(Fixtures.text(Fixtures.STATUS_8_PEERS));
    PeerStatus online =
        status.peerList().stream()
            .filter(p -> Boolean.TRUE.equals(p.online()))
            .findFirst()
            .orElseThrow();
    PeerStatus offline =
        status.peerList().stream()
            .filter(p -> Boolean.FALSE.equals(p.online()))
            .findFirst()
            .orElseThrow();
    Map<String, PeerStatus> peers = Map.of("app", online, "gone", offline);
    PeerPortCheck check = new PeerPortCheck();

    PingOutcome pong = new PingOutcome("disco", true, 12.0, "direct", null);
    ProbeReading closed =
        new ProbeReading(
            NOW,
            List.of(new PeerProbes("app", "100.64.0.2", List.of(ok(22), refused(3389)), pong)));
    assertThat(check.check(closed, peers::get))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PEER_PORT_CLOSED);
              assertThat(f.subject()).isEqualTo("app:3389");
              assertThat(f.detail())
                  .contains("connection refused")
                  .contains("The peer answered")
                  .contains("nothing listens on port 3389");
            });

    PingOutcome silence =
        new PingOutcome("TSMP", false, null, null, "disco: timeout; TSMP: timeout");
    ProbeReading dead =
        new ProbeReading(
            NOW, List.of(new PeerProbes("app", "100.64.0.2", List.of(timedOut(3389)), silence)));
    assertThat(check.check(dead, peers::get))
        .extracting(Finding::code, Finding::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.PEER_OFFLINE, "app"));

    // no local route (tailscaled still programming routes, as the real tailnet shows for a
    // second after a peer rejoins) says nothing about the peer
    TcpProbeResult noRoute =
        new TcpProbeResult(
            "100.64.0.2",
            3389,
            TcpOutcome.NO_LOCAL_ROUTE,
            0.1,
            "this machine has no route to it (Network is unreachable)",
            NOW);
    ProbeReading routing =
        new ProbeReading(
            NOW, List.of(new PeerProbes("app", "100.64.0.2", List.of(noRoute), silence)));
    assertThat(check.check(routing, peers::get)).isEmpty();

    // control already says offline, or the peer is not in the tailnet: other checks speak
    ProbeReading offlinePeer =
        new ProbeReading(
            NOW, List.of(new PeerProbes("gone", "100.64.0.9", List.of(refused(22)), silence)));
    assertThat(check.check(offlinePeer, peers::get)).isEmpty();
    assertThat(check.check(closed, name -> null)).isEmpty();
  }

  @Test
  void localPortsNamesAndConfig() {
    LocalPortReading local = new LocalPortReading("100.64.0.1", List.of(ok(80), refused(3389)));
    assertThat(new LocalPortCheck().check(local))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.LOCAL_PORT_NOT_LISTENING);
              assertThat(f.subject()).isEqualTo("3389");
            });
    assertThat(new LocalPortCheck().check(new LocalPortReading(null, List.of()))).isEmpty();

    DnsReading dns =
        new DnsReading(
            List.of(
                new DnsReading.PeerDns(
                    "peer",
                    "peer.tail1.ts.net",
                    List.of("100.64.0.2"),
                    new DnsAnswer("system", "peer.tail1.ts.net", List.of(), "name not found"),
                    new DnsAnswer(
                        "100.100.100.100:53", "peer.tail1.ts.net", List.of("100.64.0.2"), null)),
                new DnsReading.PeerDns(
                    "fine",
                    "fine.tail1.ts.net",
                    List.of("100.64.0.3"),
                    new DnsAnswer("system", "fine.tail1.ts.net", List.of("100.64.0.3"), null),
                    new DnsAnswer(
                        "100.100.100.100:53", "fine.tail1.ts.net", List.of("100.64.0.3"), null))));
    assertThat(new PeerNameCheck().check(dns))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.PEER_NAME_UNRESOLVED);
              assertThat(f.subject()).isEqualTo("peer");
              assertThat(f.detail()).contains("name not found").contains("not using Tailscale DNS");
            });

    ConfigReading bad =
        new ConfigReading(
            "/etc/x/config.json",
            List.of(
                new ConfigProblem("peers[0].ports[0]", "must be a port number from 1 to 65535")));
    assertThat(new ConfigCheck().check(bad))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("/etc/x/config.json: peers[0].ports[0]: must be a port number from 1 to 65535");
    assertThat(new ConfigCheck().check(new ConfigReading(null, List.of()))).isEmpty();
  }

  @Test
  void sourceHealthSkipsLocalApiFailuresTheDaemonFindingExplains() {
    SourceReadings readings =
        new SourceReadings(
            Map.of(
                "localapi-status",
                new SourceReadings.Entry(
                    null,
                    null,
                    NOW,
                    "slow",
                    new LocalApiTimeoutException("slow", Duration.ofSeconds(1)),
                    3),
                "localapi-prefs",
                new SourceReadings.Entry(null, null, NOW, "no socket", GONE, 3),
                "dns",
                new SourceReadings.Entry(null, null, NOW, "no result within 2000 ms", null, 3),
                "probes",
                new SourceReadings.Entry("x", NOW, NOW, null, null, 3)));
    List<String> localApi = List.of("localapi-status", "localapi-prefs", "daemon");
    assertThat(new SourceHealthCheck().check(readings, true, localApi))
        .extracting(Finding::subject)
        .containsExactly("dns");
    assertThat(new SourceHealthCheck().check(readings, false, localApi))
        .extracting(Finding::subject)
        .containsExactly("dns", "localapi-status");
  }

  @Test
  void liveChecksReadTheirObservationsFromObservationsLive() {
    LiveObservations live =
        new LiveObservations(
            null,
            GONE,
            Map.of(),
            null,
            null,
            null,
            new ConfigReading(null, List.of(new ConfigProblem("tray", "must be show or hide"))),
            null,
            new SourceReadings(Map.of()),
            List.of());
    Observations o = Observations.builder(NOW).live(live).build();
    assertThat(Checks.evaluate(LiveChecks.all(), o))
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_STOPPED, FindingCode.CONFIG_INVALID);
    assertThat(Checks.evaluate(LiveChecks.all(), Observations.builder(NOW).build())).isEmpty();
  }
}
