package com.maemuki.bridgelink.service.monitor.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maemuki.bridgelink.service.observation.DaemonReading;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status, prefs and daemon sources against the LocalAPI simulator on a real Unix socket. */
class LocalApiPollSourcesTest {

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private LocalApiClient client;

  @BeforeEach
  void start() throws Exception {
    Path socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
    client = new LocalApiClient(new UnixSocketDialer(socket));
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  private long requests(String endpoint) {
    return simulator.requests().stream().filter(r -> r.endpoint().equals(endpoint)).count();
  }

  @Test
  void statusUnchangedButForTickingFieldsGivesTheSameReading() throws Exception {
    StatusSource source =
        new StatusSource(() -> client, () -> Duration.ofSeconds(2), () -> Duration.ofSeconds(5));
    Status first = (Status) source.collect();
    Thread.sleep(5); // the simulator's handshake times follow the clock
    Object second = source.collect();
    assertSame(first, second);
    assertEquals(2, requests("status"));

    simulator.tailnet().peer("fileserver").offline(Instant.now());
    Status third = (Status) source.collect();
    assertNotSame(first, third);
    PeerStatus fileserver =
        third.peerList().stream()
            .filter(p -> p.hostName().equals("fileserver"))
            .findFirst()
            .orElseThrow();
    assertFalse(fileserver.online());
  }

  @Test
  void prefsUnchangedGivesTheSameReading() throws Exception {
    PrefsSource source =
        new PrefsSource(() -> client, () -> Duration.ofSeconds(2), () -> Duration.ofSeconds(5));
    Object first = source.collect();
    assertSame(first, source.collect());
    simulator.tailnet().pref("CorpDNS", tools.jackson.databind.node.BooleanNode.FALSE);
    assertNotSame(first, source.collect());
    assertEquals(3, requests("prefs"));
  }

  @Test
  void daemonSourceAsksNothingWhileTheStatusPollAnswers() throws Exception {
    AtomicInteger queries = new AtomicInteger();
    DaemonControl control =
        new DaemonControl() {
          @Override
          public ServiceState query() {
            queries.incrementAndGet();
            return ServiceState.unknown("test manager");
          }

          @Override
          public String describe() {
            return "test manager";
          }
        };
    AtomicBoolean statusAnswers = new AtomicBoolean(true);
    DaemonSource source =
        new DaemonSource(
            control,
            () -> client,
            () -> true,
            () -> Duration.ofSeconds(5),
            () -> Duration.ofSeconds(5),
            statusAnswers::get);

    DaemonReading first = (DaemonReading) source.collect(); // nothing known yet: asks both
    assertTrue(first.apiAnswers());
    assertEquals(1, queries.get());
    assertEquals(1, requests("status"));

    assertSame(first, source.collect()); // the status poll answers: nothing asked
    assertEquals(1, queries.get());
    assertEquals(1, requests("status"));

    statusAnswers.set(false); // the status poll failed: ask for real
    simulator.stop();
    DaemonReading gone = (DaemonReading) source.collect();
    assertEquals(2, queries.get());
    assertNotNull(gone.apiFailure());
    assertTrue(gone.apiFailure() instanceof DaemonUnavailableException, gone.toString());

    statusAnswers.set(true); // a failed last reading is never reused
    assertNotSame(gone, source.collect());
    assertEquals(3, queries.get());
  }
}
