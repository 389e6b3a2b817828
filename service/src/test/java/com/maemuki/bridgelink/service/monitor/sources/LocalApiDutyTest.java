package com.maemuki.bridgelink.service.monitor.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.BridgeLinkConfig;
import com.maemuki.bridgelink.service.config.ConfigParser;
import com.maemuki.bridgelink.service.config.Deadlines;
import com.maemuki.bridgelink.service.config.Intervals;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 12: the service's LocalAPI requests are few and short, because on Windows every
 * request SYSTEM has in flight can get the signed-in user's own requests refused ({@code
 * ipn/ipnserver/server.go checkConnIdentityLocked}; see the simulator's WindowsIdentityTest). The
 * duty cycle itself is measured by {@code scripts/bench duty}; these tests pin the behaviour behind
 * it.
 */
class LocalApiDutyTest {

  @TempDir Path dir;

  private static final Deadlines DEADLINES =
      new Deadlines(
          Duration.ofSeconds(1),
          Duration.ofMillis(300),
          Duration.ofSeconds(1),
          Duration.ofMillis(300));

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.5"))) {
      return gone.getLocalPort();
    }
  }

  private static ProbeTarget target(int port, boolean offlineByControl) {
    return new ProbeTarget(
        "peer", "127.0.0.5", "peer.ts.net", List.of("127.0.0.5"), List.of(port), offlineByControl);
  }

  @Test
  void aPeerControlReportsOfflineIsNeverPinged() throws Exception {
    AtomicInteger pings = new AtomicInteger();
    PeerPinger pinger =
        (ip, deadline) -> {
          pings.incrementAndGet();
          return new PingOutcome("disco", false, null, null, "timeout", true);
        };
    List<ProbeTarget> targets = List.of(target(closedPort(), true));
    try (ProbeSource source =
        new ProbeSource(
            () -> targets,
            () -> Duration.ofSeconds(5),
            () -> DEADLINES,
            pinger,
            Clock.systemUTC())) {
      ProbeReading reading = (ProbeReading) source.collect();
      assertThat(reading.peer("peer").allOk()).isFalse();
      assertThat(reading.peer("peer").ping()).isNull();
    }
    assertThat(pings).hasValue(0);
  }

  @Test
  void anUnreachablePeerIsPingedAgainOnlyAfterADoublingBackoffAndTheLastAnswerStands()
      throws Exception {
    AtomicInteger pings = new AtomicInteger();
    PeerPinger pinger =
        (ip, deadline) -> {
          pings.incrementAndGet();
          return new PingOutcome("disco", false, null, null, "timed out", true);
        };
    HandClock clock = new HandClock();
    List<ProbeTarget> targets = List.of(target(closedPort(), false));
    try (ProbeSource source =
        new ProbeSource(
            () -> targets, () -> Duration.ofSeconds(5), () -> DEADLINES, pinger, clock)) {
      int[] expected = {1, 1, 2, 2, 2, 2, 3}; // at 0, 5, 10 (+10 s), 15 … 25, 30 (+20 s)
      for (int round = 0; round < expected.length; round++) {
        ProbeReading reading = (ProbeReading) source.collect();
        assertThat(pings).as("pings after round at %d s", round * 5).hasValue(expected[round]);
        // Between pings the last outcome stands: the peer still reads as not answering.
        assertThat(reading.peer("peer").ping().replied()).isFalse();
        clock.advance(Duration.ofSeconds(5));
      }
    }
    assertThat(PingGate.backoff(10)).isEqualTo(PingGate.MAX_BACKOFF);
  }

  @Test
  void anAnsweredPingIsReusedWhileTheSamePortsFailAndAskedAgainWhenThatChanges() throws Exception {
    AtomicInteger pings = new AtomicInteger();
    PeerPinger pinger =
        (ip, deadline) -> {
          pings.incrementAndGet();
          return new PingOutcome("disco", true, 2.0, "direct", null);
        };
    HandClock clock = new HandClock();
    int closed = closedPort();
    int other = closedPort();
    AtomicReference<List<ProbeTarget>> targets =
        new AtomicReference<>(List.of(target(closed, false)));
    try (ProbeSource source =
        new ProbeSource(
            targets::get, () -> Duration.ofSeconds(5), () -> DEADLINES, pinger, clock)) {
      source.collect();
      clock.advance(Duration.ofSeconds(5));
      ProbeReading again = (ProbeReading) source.collect();
      assertThat(again.peer("peer").ping().replied()).isTrue();
      assertThat(pings).hasValue(1);
      targets.set(
          List.of(
              new ProbeTarget(
                  "peer",
                  "127.0.0.5",
                  "peer.ts.net",
                  List.of("127.0.0.5"),
                  List.of(closed, other),
                  false)));
      source.collect();
      assertThat(pings).hasValue(2);
    }
  }

  @Test
  void aDiscoPingThatTimesOutIsNotFollowedByTsmpAndTheDefaultDeadlineIsAtMostOneAndAHalfSeconds()
      throws Exception {
    assertThat(Deadlines.defaults().ping()).isLessThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(ConfigParser.parse("{\"deadlines\": {\"ping\": 3}}").problems().toString())
        .contains("deadlines.ping");
    SimulatedTailnet tailnet = new SimulatedTailnet("bridge-pc", "100.64.0.10");
    tailnet.addPeer("peer", "100.64.0.11").direct("198.51.100.7:41641");
    tailnet.peer("peer").offline(Instant.now()); // tailscaled never answers its pings
    try (LocalApiSimulator sim = LocalApiSimulator.start(dir.resolve("ts.sock"), tailnet)) {
      LocalApiClient client = new LocalApiClient(new UnixSocketDialer(sim.socketPath()));
      PingOutcome outcome =
          new LocalApiPinger(() -> client).ping("100.64.0.11", Duration.ofMillis(300));
      assertThat(outcome.replied()).isFalse();
      assertThat(outcome.timedOut()).isTrue();
      List<String> pings =
          sim.requests().stream()
              .filter(r -> r.endpoint().equals("ping"))
              .map(SimRequest::target)
              .toList();
      assertThat(pings).hasSize(1);
      assertThat(pings.get(0)).contains("type=disco");
    }
  }

  @Test
  void prefsAreReadWhenTheStatusChangesOrWhenTheyAreOld() throws Exception {
    assertThat(Intervals.defaults().prefs())
        .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
    assertThat(BridgeLinkConfig.defaults().intervals().prefs())
        .isEqualTo(Intervals.defaults().prefs());
    SimulatedTailnet tailnet = new SimulatedTailnet("bridge-pc", "100.64.0.10");
    try (LocalApiSimulator sim = LocalApiSimulator.start(dir.resolve("ts.sock"), tailnet)) {
      LocalApiClient client = new LocalApiClient(new UnixSocketDialer(sim.socketPath()));
      HandClock clock = new HandClock();
      AtomicReference<Object> status = new AtomicReference<>(new Object());
      PrefsSource source =
          new PrefsSource(
              () -> client,
              () -> Duration.ofSeconds(2),
              () -> Duration.ofSeconds(1),
              status::get,
              () -> Duration.ofSeconds(45),
              clock);
      Object first = source.collect();
      for (int i = 0; i < 10; i++) { // 20 s of status polls with nothing new
        clock.advance(Duration.ofSeconds(2));
        assertThat(source.collect()).isSameAs(first);
      }
      assertThat(prefsRequests(sim)).isEqualTo(1);
      status.set(new Object()); // the status changed
      source.collect();
      assertThat(prefsRequests(sim)).isEqualTo(2);
      clock.advance(Duration.ofSeconds(46));
      source.collect();
      assertThat(prefsRequests(sim)).isEqualTo(3);
    }
  }

  private static long prefsRequests(LocalApiSimulator sim) {
    return sim.requests().stream().filter(r -> r.endpoint().equals("prefs")).count();
  }
}
