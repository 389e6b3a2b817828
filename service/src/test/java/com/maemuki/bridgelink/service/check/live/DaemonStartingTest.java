package com.maemuki.bridgelink.service.check.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.sources.DaemonSource;
import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTimeoutException;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 point 9: while tailscaled starts, LocalAPI requests wait for the backend (and time out
 * here) but {@code GET /server-status} answers 503 {@code backend not ready} at once ({@code
 * ipn/ipnserver/server.go serveServerStatus, awaitBackend}; the simulator's starting phase). That
 * is "Tailscale is starting", not {@code daemon-unresponsive}.
 */
class DaemonStartingTest {

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private LocalApiClient client;
  private DaemonSource source;

  @BeforeEach
  void start() throws Exception {
    simulator = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), SampleTailnet.office());
    client =
        new LocalApiClient(
            new UnixSocketDialer(simulator.socketPath()), Duration.ofMillis(300), 1 << 20);
    source =
        new DaemonSource(
            DaemonControl.unknown("test"),
            () -> client,
            () -> true,
            () -> Duration.ofSeconds(5),
            () -> Duration.ofMillis(300));
  }

  @AfterEach
  void stop() throws Exception {
    simulator.tailnet().starting(false);
    simulator.close();
  }

  private List<Finding> findings() throws Exception {
    DaemonReading reading = (DaemonReading) source.collect();
    LocalApiException statusFailure = null;
    try {
      client.status();
    } catch (LocalApiException e) {
      statusFailure = e;
    }
    return new DaemonCheck().check(reading, statusFailure);
  }

  @Test
  void aStatusTimeoutWhileTheBackendIsNotReadyIsStartingNotUnresponsive() throws Exception {
    simulator.tailnet().starting(true);
    DaemonReading reading = (DaemonReading) source.collect();
    assertThat(reading.apiFailure()).isInstanceOf(LocalApiTimeoutException.class);
    assertThat(reading.starting()).isTrue();
    assertThat(simulator.requests()).anyMatch(r -> r.target().equals("/server-status"));
    List<Finding> findings = findings();
    assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.DAEMON_STARTING);
    assertThat(findings.get(0).detail()).contains("backend not ready");
  }

  @Test
  void aStatusTimeoutWithTheBackendUpIsStillUnresponsive() throws Exception {
    simulator.faults().hang("status");
    assertThat(findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.DAEMON_UNRESPONSIVE);
  }
}
