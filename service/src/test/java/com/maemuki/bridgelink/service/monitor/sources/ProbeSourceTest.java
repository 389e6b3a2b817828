package com.maemuki.bridgelink.service.monitor.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.Deadlines;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ProbeSourceTest {

  private static final Deadlines DEADLINES =
      new Deadlines(
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          Duration.ofMillis(500));

  @Test
  void probesEveryPortAndPingsOnlyWhenOneFails() throws Exception {
    InetAddress peerA = InetAddress.getByName("127.0.0.3");
    InetAddress peerB = InetAddress.getByName("127.0.0.4");
    List<String> pinged = new CopyOnWriteArrayList<>();
    PeerPinger pinger =
        (ip, deadline) -> {
          pinged.add(ip);
          return new PingOutcome("disco", true, 1.0, "direct", null);
        };
    try (ServerSocket a1 = new ServerSocket(0, 5, peerA);
        ServerSocket a2 = new ServerSocket(0, 5, peerA);
        ServerSocket b1 = new ServerSocket(0, 5, peerB)) {
      int closed;
      try (ServerSocket gone = new ServerSocket(0, 1, peerB)) {
        closed = gone.getLocalPort();
      }
      List<ProbeTarget> targets =
          List.of(
              new ProbeTarget(
                  "a",
                  "127.0.0.3",
                  "a.ts.net",
                  List.of("127.0.0.3"),
                  List.of(a1.getLocalPort(), a2.getLocalPort())),
              new ProbeTarget(
                  "b",
                  "127.0.0.4",
                  "b.ts.net",
                  List.of("127.0.0.4"),
                  List.of(b1.getLocalPort(), closed)),
              new ProbeTarget("missing", null, null, List.of(), List.of(22)));
      try (ProbeSource source =
          new ProbeSource(
              () -> targets,
              () -> Duration.ofSeconds(5),
              () -> DEADLINES,
              pinger,
              Clock.systemUTC())) {
        ProbeReading reading = (ProbeReading) source.collect();
        PeerProbes a = reading.peer("a");
        assertThat(a.allOk()).isTrue();
        assertThat(a.ping()).isNull();
        assertThat(a.bestLatencyMs()).isNotNull();
        PeerProbes b = reading.peer("b");
        assertThat(b.allOk()).isFalse();
        assertThat(b.ports())
            .extracting(TcpProbeResult::outcome)
            .containsExactly(TcpOutcome.OK, TcpOutcome.REFUSED);
        assertThat(b.ping().replied()).isTrue();
        assertThat(reading.peer("missing").ports()).isEmpty();
        assertThat(pinged).containsExactly("127.0.0.4");
      }
    }
  }

  @Test
  void localPortsConnectToTheOwnTailscaleIp() throws Exception {
    InetAddress self = InetAddress.getByName("127.0.0.5");
    try (ServerSocket app = new ServerSocket(0, 5, self)) {
      int closed;
      try (ServerSocket gone = new ServerSocket(0, 1, self)) {
        closed = gone.getLocalPort();
      }
      LocalPortSource source =
          new LocalPortSource(
              () -> "127.0.0.5",
              () -> List.of(app.getLocalPort(), closed),
              () -> Duration.ofSeconds(5),
              () -> DEADLINES,
              Clock.systemUTC());
      LocalPortReading reading = (LocalPortReading) source.collect();
      assertThat(reading.selfIp()).isEqualTo("127.0.0.5");
      assertThat(reading.ports()).extracting(TcpProbeResult::ok).containsExactly(true, false);
      LocalPortSource unknown =
          new LocalPortSource(
              () -> null,
              () -> List.of(1),
              () -> Duration.ofSeconds(5),
              () -> DEADLINES,
              Clock.systemUTC());
      assertThat(((LocalPortReading) unknown.collect()).ports()).isEmpty();
    }
  }
}
