package com.maemuki.bridgelink.service.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpProbeTest {

  private final TcpProbe probe = new TcpProbe();
  private final InetAddress peer = InetAddress.getLoopbackAddress();

  @Test
  void connectsToARealListener() throws IOException {
    InetAddress second = InetAddress.getByName("127.0.0.2");
    try (ServerSocket server = new ServerSocket(0, 5, second)) {
      TcpProbeResult r = probe.probe(second, server.getLocalPort(), Duration.ofSeconds(2));
      assertThat(r.ok()).isTrue();
      assertThat(r.outcome()).isEqualTo(TcpOutcome.OK);
      assertThat(r.address()).isEqualTo("127.0.0.2");
      assertThat(r.port()).isEqualTo(server.getLocalPort());
      assertThat(r.latencyMs()).isPositive();
      assertThat(r.error()).isNull();
    }
  }

  @Test
  void closedPortIsRefused() throws IOException {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, peer)) {
      port = server.getLocalPort();
    }
    TcpProbeResult r = probe.probe(peer, port, Duration.ofSeconds(2));
    assertThat(r.outcome()).isEqualTo(TcpOutcome.REFUSED);
    assertThat(r.error()).isEqualTo("connection refused");
  }

  @Test
  void aListenerThatNeverAcceptsTimesOut() throws IOException {
    // A full accept queue makes Linux drop further SYNs: the connect sees no answer at all,
    // which is what a firewall that drops silently looks like.
    try (ServerSocket server = new ServerSocket(0, 1, peer)) {
      List<Socket> fillers = new ArrayList<>();
      try {
        TcpProbeResult r = null;
        for (int i = 0; i < 8; i++) {
          r = probe.probe(peer, server.getLocalPort(), Duration.ofMillis(300));
          if (r.outcome() == TcpOutcome.TIMEOUT) {
            break;
          }
          Socket filler = new Socket();
          filler.connect(new InetSocketAddress(peer, server.getLocalPort()), 300);
          fillers.add(filler);
        }
        assertThat(r.outcome()).isEqualTo(TcpOutcome.TIMEOUT);
        assertThat(r.error()).isEqualTo("no answer within 300 ms");
      } catch (IOException filled) {
        // A filler itself timing out proves the same point; probe once more to assert on it.
        TcpProbeResult r = probe.probe(peer, server.getLocalPort(), Duration.ofMillis(300));
        assertThat(r.outcome()).isEqualTo(TcpOutcome.TIMEOUT);
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }
}
