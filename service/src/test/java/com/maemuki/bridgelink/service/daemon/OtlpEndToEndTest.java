package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.lab.LabFault;
import com.maemuki.bridgelink.testkit.lab.LinkLab;
import com.maemuki.bridgelink.testkit.otlp.CollectorBehaviour;
import com.maemuki.bridgelink.testkit.otlp.OtlpPoint;
import com.maemuki.bridgelink.testkit.otlp.OtlpReceiver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OTLP push from a real {@code bridge-link run} process (against the tailscaled simulator, loopback
 * peer listeners and DNS) to a real OTLP/HTTP receiver on loopback: per-peer reachability and a
 * raised finding arrive as pushed data, and SIGTERM still stops the process promptly, with the last
 * step pushed on the way out.
 */
class OtlpEndToEndTest {

  private static final Duration WINDOW = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void aRunningMonitorPushesReachabilityAndFindingsToTheCollector() throws Exception {
    String intervals =
        "{\"status\": 0.2, \"prefs\": 0.2, \"daemon\": 0.3, \"probes\": 0.3, \"dns\": 0.3}";
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      String extra =
          "\"deadlines\": {\"localApi\": 0.5, \"probe\": 0.5, \"dns\": 0.5, \"ping\": 0.5},\n"
              + "  \"damping\": {\"raiseAfter\": 2, \"raiseAfterSeconds\": 0, \"clearAfter\": 2,"
              + " \"confirmDelay\": 0.05},\n"
              + "  \"metrics\": {\"otlp\": {\"enabled\": true, \"endpoint\": \""
              + receiver.url()
              + "\", \"stepSeconds\": 1, \"headers\": {\"X-Fleet\": \"lab\"}}}";
      try (LinkLab lab = new LinkLab(dir.resolve("lab"), 1, 1, intervals, extra);
          MonitorProcess monitor =
              new MonitorProcess(
                  dir,
                  "run",
                  "--plain",
                  "--config",
                  lab.configFile().toString(),
                  "--socket",
                  lab.socket().toString())) {
        Map<String, String> peer = Map.of("peer", "bridge-peer");
        int at = monitor.await("link ok", 0, l -> l.contains(" state ok: Link ok"), WINDOW);
        receiver.awaitPoint(
            "bridgelink.peer.reachable", p -> p.has(peer) && p.value() == 1.0, WINDOW);
        assertThat(receiver.resourceAttributes())
            .containsEntry("service.name", "bridge-link")
            .containsKey("host.name");
        assertThat(receiver.lastHeaders()).containsEntry("x-fleet", "lab");

        lab.inject(LabFault.PORT_CLOSED);
        monitor.await(
            "port fault raised", at, l -> l.contains(" raised peer-port-closed "), WINDOW);
        OtlpPoint finding =
            receiver.awaitPoint(
                "bridgelink.findings.active",
                p -> p.has(Map.of("code", "peer-port-closed", "severity", "critical")),
                WINDOW);
        assertThat(finding.value()).isEqualTo(1.0);
        receiver.awaitPoint(
            "bridgelink.peer.reachable", p -> p.has(peer) && p.value() == 0.0, WINDOW);
        assertThat(receiver.metricNames()).contains("jvm.memory.used", "process.uptime");

        int pushedBeforeStop = receiver.acceptedCount();
        long start = System.nanoTime();
        monitor.process.destroy(); // SIGTERM
        assertThat(monitor.process.waitFor(4, TimeUnit.SECONDS)).isTrue();
        long stopMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.println("bridge-link run with OTLP on stopped in " + stopMillis + " ms");
        assertThat(receiver.acceptedCount())
            .as("the last step is pushed on stop")
            .isGreaterThan(pushedBeforeStop);
        assertThat(monitor.lines()).noneMatch(l -> l.contains("Exception"));
      }
    }
  }

  @Test
  void aHangingCollectorDoesNotHoldUpStop() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      receiver.behave(CollectorBehaviour.HANG);
      String extra =
          "\"metrics\": {\"otlp\": {\"enabled\": true, \"endpoint\": \""
              + receiver.url()
              + "\", \"stepSeconds\": 1}}";
      try (LinkLab lab = new LinkLab(dir.resolve("lab"), 1, 1, "{}", extra);
          MonitorProcess monitor =
              new MonitorProcess(
                  dir,
                  "run",
                  "--plain",
                  "--config",
                  lab.configFile().toString(),
                  "--socket",
                  lab.socket().toString())) {
        monitor.await("link ok", 0, l -> l.contains(" state ok: Link ok"), WINDOW);
        receiver.awaitRequests(1, WINDOW); // a push is now waiting for an answer that never comes

        long start = System.nanoTime();
        monitor.process.destroy(); // SIGTERM
        assertThat(monitor.process.waitFor(4, TimeUnit.SECONDS)).isTrue();
        long stopMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.println(
            "bridge-link run with a hanging OTLP collector stopped in " + stopMillis + " ms");
        assertThat(receiver.acceptedCount()).isZero();
      }
    }
  }
}
