package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.testkit.lab.LabFault;
import com.maemuki.bridgelink.testkit.lab.LinkLab;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product path with real parts: {@code bridge-link run} as its own process against the
 * tailscaled simulator on a Unix socket, real TCP listeners on loopback for the peer's and this
 * machine's ports, and real DNS servers on loopback. Every guide fault is injected and removed; its
 * finding must be raised, then cleared. The Prometheus endpoint is scraped meanwhile.
 */
class MonitorEndToEndTest {

  private static final Duration WINDOW = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void everyGuideFaultIsRaisedAndClearedByTheRunningMonitor() throws Exception {
    int metricsPort;
    try (ServerSocket free = new ServerSocket(0)) {
      metricsPort = free.getLocalPort();
    }
    String extra =
        LinkLab.FAST_DEADLINES_AND_DAMPING
            + ",\n"
            + "  \"metrics\": {\"prometheus\": {\"enabled\": true, \"port\": "
            + metricsPort
            + "}}";
    try (LinkLab lab = new LinkLab(dir.resolve("lab"), 1, 1, LinkLab.FAST_INTERVALS, extra);
        MonitorProcess monitor =
            new MonitorProcess(
                dir,
                "run",
                "--plain",
                "--config",
                lab.configFile().toString(),
                "--socket",
                lab.socket().toString())) {
      int at = monitor.await("link ok", 0, l -> l.contains(" state ok: Link ok"), WINDOW);

      for (LabFault fault : LabFault.values()) {
        lab.inject(fault);
        String raised = " raised " + fault.code() + " ";
        // plus what the catalog asks the condition to last (a relayed path: 15 s)
        Duration window = WINDOW.plus(FindingCode.byCode(fault.code()).minimumDuration());
        at = monitor.await(fault + " raised", at, l -> l.contains(raised), window);
        if (fault == LabFault.PORT_CLOSED) {
          String body = scrape(metricsPort);
          assertThat(body)
              .contains("bridgelink_findings_active{code=\"peer-port-closed\"")
              .contains("bridgelink_probe_ok{peer=\"bridge-peer\"");
        }
        lab.restore(fault);
        String cleared = " cleared " + fault.code() + " ";
        at = monitor.await(fault + " cleared", at, l -> l.contains(cleared), WINDOW);
        at = monitor.await("ok again after " + fault, at, l -> l.contains(" state ok: "), WINDOW);
      }
      assertThat(monitor.lines()).noneMatch(l -> l.contains("Exception"));

      long start = System.nanoTime();
      monitor.process.destroy(); // SIGTERM
      assertThat(monitor.process.waitFor(4, TimeUnit.SECONDS)).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
  }

  private static String scrape(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
