package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.analyze.AnalysisReport;
import com.maemuki.bridgelink.service.analyze.Analyzer;
import com.maemuki.bridgelink.service.analyze.TextReport;
import com.maemuki.bridgelink.service.check.CheckSettings;
import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.ConfigParser;
import com.maemuki.bridgelink.service.diag.DiagnosticsBundle;
import com.maemuki.bridgelink.service.diag.DiagnosticsSources;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.Evaluator;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SnapshotBuilder;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.monitor.sources.ProbeTarget;
import com.maemuki.bridgelink.service.monitor.sources.StatusSource;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimHealth;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's peer facts through the whole live path (LocalAPI simulator → status → the monitor's
 * evaluator → snapshot) and through {@code analyze} of the same status and of the diagnostics
 * bundle made from it: both must say the same. The simulator writes status as tailscale's source
 * does (testkit StatusDocument: Peer null without peers, Self.Online from the map poll).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PeerFactsSimulatorTest {

  private static final String CONFIG =
      "{\"peers\": [{\"name\": \"office\", \"host\": \"office-pc\", \"ports\": [3389]}]}";

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private LocalApiClient client;
  private SimulatedTailnet tailnet;
  private final BridgeLinkConfig config = ConfigParser.parse(CONFIG).config();

  @BeforeEach
  void start() throws Exception {
    tailnet = new SimulatedTailnet("bridge-a", "100.64.0.1");
    tailnet.selfKeyExpiresIn(Duration.ofDays(160));
    // shared in from another tailnet by its owner: outside our suffix, no AltSharerUserID
    tailnet
        .addPeer("office-pc", "100.64.0.2")
        .dnsName("office-pc.tail77aa01.ts.net.")
        .relay("fra")
        .direct("198.51.100.4:41641");
    Path socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, tailnet);
    client = new LocalApiClient(new UnixSocketDialer(socket));
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  /** What the monitor and analyze both make of the simulator's current status. */
  private record Seen(
      String body, Status status, Evaluator.Evaluation live, AnalysisReport analyzed) {
    List<FindingCode> liveCodes() {
      return live.findings().stream().map(Finding::code).toList();
    }

    List<FindingCode> analyzedCodes() {
      return analyzed.findings().stream().map(Finding::code).toList();
    }

    PeerView office() {
      return live.peers().get(0);
    }
  }

  private Seen observe() throws Exception {
    String body = client.status();
    Status status = StatusJsonParser.parse(body);
    Instant now = Instant.now();
    SourceReadings readings =
        new SourceReadings(
            Map.of(StatusSource.NAME, new SourceReadings.Entry(status, now, now, null, null, 1)));
    Evaluator.Evaluation live = new CheckEvaluator(() -> config).evaluate(readings, now);
    Path file = Files.writeString(dir.resolve("status.json"), body);
    AnalysisReport analyzed =
        new Analyzer(CheckSettings.defaults()).analyze(List.of(file), List.of("office-pc"), now);
    return new Seen(body, status, live, analyzed);
  }

  @Test
  void aHealthySharedInPeerIsOnlineAndSharedIn() throws Exception {
    Seen s = observe();
    assertThat(s.liveCodes()).isEmpty();
    assertThat(s.analyzedCodes()).isEmpty();
    assertThat(s.office().state()).isEqualTo("online");
    assertThat(s.status().peerList().get(0).sharedIn(s.status().dnsSuffix())).isTrue();
    assertThat(s.status().peerList().get(0).altSharerUserId()).isNull();
  }

  // Point 1: the share is revoked; the bridge's only peer is gone and tailscaled writes
  // "Peer": null (ipn/ipnstate/ipnstate.go StatusBuilder.AddPeer).
  @Test
  void theOnlyPeerGoneIsPeerNotInTailnetLiveAndInAnalyze() throws Exception {
    tailnet.removePeer("office-pc");
    Seen s = observe();
    assertThat(s.body()).containsPattern("\"Peer\":\\s*null");
    assertThat(s.liveCodes()).containsExactly(FindingCode.PEER_NOT_IN_TAILNET);
    assertThat(s.live().findings().get(0).subject()).isEqualTo("office");
    assertThat(s.analyzedCodes()).containsExactly(FindingCode.PEER_NOT_IN_TAILNET);
    assertThat(s.office().state()).isEqualTo("not-visible");
  }

  // Point 2: they revoked their share, but we still share ours to them: their node stays in our
  // netmap as a sharee (ipn/ipnlocal/local.go populatePeerStatusLocked, Hostinfo.ShareeNode).
  @Test
  void aShareeOnlyPeerIsNotSharedBackAndNeverProbed() throws Exception {
    tailnet.peer("office-pc").shareeNode(true).active(false).curAddr("");
    Seen s = observe();
    assertThat(s.liveCodes()).containsExactly(FindingCode.PEER_NOT_SHARED_BACK);
    assertThat(s.analyzedCodes()).containsExactly(FindingCode.PEER_NOT_SHARED_BACK);
    assertThat(s.office().state()).isEqualTo("not-shared");
    assertThat(PeerTargets.of(config.peers(), s.status()))
        .singleElement()
        .extracting(ProbeTarget::ip)
        .as("no TCP connect or LocalAPI ping goes to a sharee")
        .isNull();
  }

  // Point 4: control's Online is nil (unknown) → Online:false with a zero LastSeen.
  @Test
  void onlineUnknownIsNotOffline() throws Exception {
    tailnet.peer("office-pc").onlineUnknown().active(false);
    Seen s = observe();
    assertThat(s.liveCodes()).doesNotContain(FindingCode.PEER_OFFLINE);
    assertThat(s.analyzedCodes()).doesNotContain(FindingCode.PEER_OFFLINE);
    assertThat(s.office().state()).isEqualTo("unknown");
    assertThat(s.office().online()).isNull();
  }

  // Point 4: while Stopped the peer values are frozen (Self.Online false: no map poll).
  @Test
  void whileStoppedPeersAreUnknownNotOffline() throws Exception {
    tailnet.peer("office-pc").offline(Instant.now().minusSeconds(600));
    tailnet.stopped();
    Seen s = observe();
    assertThat(s.status().self().online()).isFalse();
    assertThat(s.liveCodes()).contains(FindingCode.BACKEND_STOPPED);
    assertThat(s.liveCodes()).doesNotContain(FindingCode.PEER_OFFLINE);
    assertThat(s.analyzedCodes()).doesNotContain(FindingCode.PEER_OFFLINE);
    assertThat(s.office().state()).isEqualTo("unknown");
    tailnet.running();
    Seen running = observe();
    assertThat(running.liveCodes()).contains(FindingCode.PEER_OFFLINE);
    assertThat(running.office().state()).isEqualTo("offline");
  }

  // Point 5: wgengine/magicsock keeps sending toward the DERP home of a peer that went away.
  @Test
  void anOfflinePeerWeKeepSendingToIsOfflineNotRelayed() throws Exception {
    tailnet.peer("office-pc").offlineWhileSending(Instant.now().minusSeconds(120), "fra");
    Seen s = observe();
    assertThat(s.liveCodes()).containsExactly(FindingCode.PEER_OFFLINE);
    assertThat(s.analyzedCodes()).containsExactly(FindingCode.PEER_OFFLINE);
    assertThat(s.office().path()).isEqualTo("offline");
  }

  // Issue 10: the snapshot carries control's LastSeen and the peer's KeyExpiry as UTC ISO-8601,
  // Go's zero time as null (an online peer from headscale has a zero LastSeen).
  @Test
  void theSnapshotCarriesLastSeenAndKeyExpiryInUtcAndZeroAsNull() throws Exception {
    Instant seen = Instant.parse("2026-12-03T18:00:05Z");
    Instant expiry = Instant.parse("2027-03-01T12:00:00Z");
    tailnet.peer("office-pc").keyExpiry(expiry).offlineWhileSending(seen, "fra");
    var offline = snapshotPeer();
    assertThat(offline.lastSeen()).isEqualTo("2026-12-03T18:00:05Z");
    assertThat(offline.keyExpiry()).isEqualTo("2027-03-01T12:00:00Z");

    tailnet.peer("office-pc").online(true).lastSeen(null).keyExpiry(null);
    var online = snapshotPeer();
    assertThat(observe().body()).containsPattern("\"LastSeen\":\\s*\"0001-01-01T00:00:00Z\"");
    assertThat(online.lastSeen()).isNull();
    assertThat(online.keyExpiry()).isNull();
  }

  private com.maemuki.bridgelink.ipc.contract.PeerData snapshotPeer() throws Exception {
    Seen s = observe();
    Instant now = Instant.now();
    List<ActiveFinding> active =
        s.live().findings().stream().map(f -> new ActiveFinding(f, now)).toList();
    Snapshot snapshot = SnapshotBuilder.build(now, s.live(), active, new SourceReadings(Map.of()));
    return SnapshotJson.snapshot(snapshot).peers().get(0);
  }

  // Point 10: ipn/ipnlocal/local.go setControlClientStatusLocked: expired ⇔ SelfKeyExpiry < now.
  @Test
  void selfKeyPastExpiryWhileRunningIsKeyExpired() throws Exception {
    tailnet.selfKeyExpiresIn(Duration.ofMinutes(-5));
    Seen s = observe();
    assertThat(s.status().self().expired()).isFalse();
    assertThat(s.liveCodes()).contains(FindingCode.KEY_EXPIRED);
    assertThat(s.analyzedCodes()).contains(FindingCode.KEY_EXPIRED);
  }

  // Point 7: health/warnings.go re-renders "… relay server in %v" with a new duration on every
  // update; the monitor (and analyze) keep one finding, the detail showing the current text.
  @Test
  void aHealthMessageWithARunningDurationStaysOneFinding() throws Exception {
    String text =
        "Tailscale hasn't heard from the 'fra' relay server in %s. The server might be temporarily"
            + " unavailable, or your Internet connection might be down.";
    tailnet.health(List.of(SimHealth.ofText(String.format(text, "1m12s"))));
    Seen first = observe();
    tailnet.health(List.of(SimHealth.ofText(String.format(text, "5m"))));
    Seen later = observe();
    Finding a = health(first.live());
    Finding b = health(later.live());
    assertThat(a.key()).isEqualTo(b.key());
    assertThat(b.detail()).contains("relay server in 5m.");
    assertThat(health(first.analyzed().findings()).key()).isEqualTo(a.key());
  }

  private static Finding health(Evaluator.Evaluation e) {
    return health(e.findings());
  }

  private static Finding health(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.code() == FindingCode.TAILSCALE_HEALTH)
        .findFirst()
        .orElseThrow();
  }

  // analyze reads the product's own bundle whole: the snapshot's findings, the config's peers as
  // the watched peers (no --peer), the manifest.
  @Test
  void analyzeOfTheBundleShowsWhatTheUserSawAndWatchesTheConfiguredPeers() throws Exception {
    tailnet.removePeer("office-pc");
    Seen s = observe();
    Instant now = Instant.now();
    List<ActiveFinding> active =
        s.live().findings().stream().map(f -> new ActiveFinding(f, now)).toList();
    Snapshot snapshot = SnapshotBuilder.build(now, s.live(), active, new SourceReadings(Map.of()));
    ExecutorService pool = Executors.newCachedThreadPool();
    Path bundle;
    try {
      bundle =
          new DiagnosticsBundle(pool, Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC))
              .create(
                  dir.resolve("data"),
                  new DiagnosticsSources(
                      () -> SnapshotJson.toJson(SnapshotJson.snapshot(snapshot)),
                      () -> "[]",
                      () -> CONFIG,
                      null,
                      null,
                      () -> s.body(),
                      null,
                      null,
                      null,
                      null,
                      null,
                      Map.of("bridge-link", "test"),
                      null));
    } finally {
      pool.shutdownNow();
    }
    AnalysisReport r =
        new Analyzer(CheckSettings.defaults()).analyze(List.of(bundle), List.of(), now);
    assertThat(r.watched()).containsExactly("office-pc");
    assertThat(r.findings())
        .extracting(Finding::code, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FindingCode.PEER_NOT_IN_TAILNET, "office"));
    assertThat(r.bundle()).isNotNull();
    assertThat(r.bundle().summary()).isEqualTo(snapshot.summary());
    assertThat(r.bundle().findings())
        .extracting(f -> f.code() + "/" + f.subject())
        .containsExactly("peer-not-in-tailnet/office");
    assertThat(r.bundle().peerStates()).containsExactly("office: not-visible");
    assertThat(r.bundle().configPeers())
        .extracting(p -> p.name() + "=" + p.host())
        .containsExactly("office=office-pc");
    assertThat(r.bundle().versions()).containsEntry("bridge-link", "test");
    assertThat(TextReport.render(r))
        .contains("What Bridge Link showed the user (diagnostics bundle)")
        .contains("Watched peers: office-pc (from the bundle's configuration)")
        .contains("Finding      CRITICAL  peer-not-in-tailnet [office]");
    assertThat(r.exitStatus()).isEqualTo(AnalysisReport.EXIT_CRITICAL);
    assertThat(r.inputs()).noneMatch(AnalysisReport.Input::fatal);
  }
}
