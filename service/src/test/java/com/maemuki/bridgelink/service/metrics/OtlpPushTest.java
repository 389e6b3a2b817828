package com.maemuki.bridgelink.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.MetricsConfig;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.Overall;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.testkit.otlp.CollectorBehaviour;
import com.maemuki.bridgelink.testkit.otlp.OtlpPoint;
import com.maemuki.bridgelink.testkit.otlp.OtlpReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OTLP push against a real OTLP/HTTP receiver on loopback: what arrives (names, attributes,
 * values, resource), how a collector outage is handled, and that close() neither hangs nor loses
 * the last step.
 */
class OtlpPushTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static MetricsConfig otlp(String url, Duration step, Map<String, String> headers) {
    return new MetricsConfig(
        MetricsConfig.defaults().prometheus(), new MetricsConfig.Otlp(true, url, step, headers));
  }

  private static Snapshot snapshot(double probeLatencyMs) {
    Instant now = Instant.parse("2026-11-24T19:00:00Z");
    PeerView peer =
        new PeerView(
            "bridge-peer",
            "bridge-peer",
            "bridge-peer.ts.net.",
            List.of("100.64.0.2"),
            true,
            "direct",
            null,
            probeLatencyMs,
            now,
            List.of(
                new ProbeView(3389, true, probeLatencyMs, null),
                new ProbeView(22, false, null, "connection refused")));
    List<ActiveFinding> findings =
        List.of(
            new ActiveFinding(
                Finding.of(FindingCode.PEER_PORT_UNREACHABLE, "bridge-peer:22", "refused"), now));
    return new Snapshot(
        now, Overall.DEGRADED, "x", SelfView.unknown(), List.of(peer), findings, List.of());
  }

  @Test
  void linkJvmAndProcessMetricsArriveWithTheirAttributesAndValues() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start();
        MetricsExport export =
            new MetricsExport(
                otlp(receiver.url(), Duration.ofSeconds(1), Map.of("X-Api-Key", "k-123")))) {
      LinkMetrics metrics = new LinkMetrics(export.registry());
      metrics.onSnapshot(snapshot(42.0));
      metrics.onSourceRun("probes", Duration.ofMillis(3), "connect refused");
      metrics.onSourceRun("probes", Duration.ofMillis(4), "connect refused");
      metrics.onSourceRun("status", Duration.ofMillis(2), null);
      metrics.onEvaluation(Duration.ofMillis(5));

      OtlpPoint latency =
          receiver.awaitPoint(
              "bridgelink.probe.latency",
              p -> p.has(Map.of("peer", "bridge-peer", "port", "3389")),
              WAIT);
      assertThat(latency.value()).isEqualTo(42.0);
      assertThat(latency.kind()).isEqualTo(OtlpPoint.Kind.GAUGE);
      assertThat(latency.unit()).isEqualTo("milliseconds");
      assertThat(latency.attributes()).containsEntry("service", "bridge-link");

      assertThat(value(receiver, "bridgelink.peer.reachable", Map.of("peer", "bridge-peer")))
          .isEqualTo(0.0); // port 22 is refused
      assertThat(value(receiver, "bridgelink.peer.online", Map.of("peer", "bridge-peer")))
          .isEqualTo(1.0);
      assertThat(value(receiver, "bridgelink.peer.latency", Map.of("peer", "bridge-peer")))
          .isEqualTo(42.0);
      assertThat(value(receiver, "bridgelink.peer.path", Map.of("path", "direct"))).isEqualTo(1.0);
      assertThat(value(receiver, "bridgelink.peer.path", Map.of("path", "derp"))).isEqualTo(0.0);
      assertThat(value(receiver, "bridgelink.probe.ok", Map.of("port", "22"))).isEqualTo(0.0);
      assertThat(value(receiver, "bridgelink.probe.ok", Map.of("port", "3389"))).isEqualTo(1.0);
      assertThat(
              value(
                  receiver,
                  "bridgelink.findings.active",
                  Map.of("code", "peer-port-unreachable", "severity", "critical")))
          .isEqualTo(1.0);
      assertThat(value(receiver, "bridgelink.overall", Map.of("state", "degraded"))).isEqualTo(1.0);
      assertThat(value(receiver, "bridgelink.overall", Map.of("state", "ok"))).isEqualTo(0.0);

      OtlpPoint errors =
          receiver.latest("bridgelink.source.errors", Map.of("source", "probes")).orElseThrow();
      assertThat(errors.kind()).isEqualTo(OtlpPoint.Kind.SUM);
      assertThat(errors.value()).isEqualTo(2.0);
      assertThat(receiver.latest("bridgelink.source.errors", Map.of("source", "status"))).isEmpty();
      OtlpPoint cycle = receiver.latest("bridgelink.cycle.duration", Map.of()).orElseThrow();
      assertThat(cycle.kind()).isEqualTo(OtlpPoint.Kind.HISTOGRAM);
      assertThat(cycle.count()).isEqualTo(1);
      assertThat(cycle.value()).isEqualTo(5.0);
      assertThat(cycle.unit()).isEqualTo("milliseconds");
      OtlpPoint sourceRuns =
          receiver.latest("bridgelink.source.duration", Map.of("source", "probes")).orElseThrow();
      assertThat(sourceRuns.count()).isEqualTo(2);
      assertThat(sourceRuns.value()).isEqualTo(7.0);

      assertThat(receiver.metricNames())
          .contains(
              "jvm.memory.used",
              "jvm.threads.live",
              "jvm.classes.loaded",
              "process.uptime",
              "process.cpu.usage",
              "system.cpu.count");
      // One point per heap pool (eden, survivor, old); a survivor space may well be empty, so
      // the heap as a whole must be in use, not whichever pool came last.
      double heapUsed =
          receiver.points("jvm.memory.used").stream()
              .filter(p -> p.has("area", "heap"))
              .mapToDouble(OtlpPoint::value)
              .max()
              .orElse(0);
      assertThat(heapUsed).isPositive();
      assertThat(receiver.requests().get(0).points())
          .allMatch(p -> p.has("service", "bridge-link"), "every point tagged service");

      assertThat(receiver.resourceAttributes())
          .containsEntry("service.name", "bridge-link")
          .containsEntry("service.version", ResourceIdentity.version())
          .containsKey("telemetry.sdk.name");
      Path kernelName = Path.of("/proc/sys/kernel/hostname");
      if (Files.isReadable(kernelName)) {
        assertThat(receiver.resourceAttributes())
            .containsEntry("host.name", Files.readString(kernelName).strip());
      }
      assertThat(receiver.lastHeaders())
          .containsEntry("x-api-key", "k-123")
          .containsEntry("content-type", "application/x-protobuf")
          .containsEntry("content-encoding", "gzip");

      metrics.onSnapshot(snapshot(17.5)); // a new value is pushed at the next step
      receiver.awaitPoint(
          "bridgelink.probe.latency", p -> p.has("port", "3389") && p.value() == 17.5, WAIT);
    }
  }

  private static double value(OtlpReceiver receiver, String metric, Map<String, String> attrs) {
    return receiver
        .latest(metric, attrs)
        .orElseThrow(() -> new AssertionError(metric + " " + attrs + " not pushed"))
        .value();
  }

  @Test
  void anOutageIsOneWarningThePushGoesOnAndRecovers() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start();
        LogCapture log = new LogCapture(OutageLoggingSender.class)) {
      receiver.behave(CollectorBehaviour.UNAVAILABLE);
      try (MetricsExport export =
          new MetricsExport(otlp(receiver.url(), Duration.ofSeconds(1), Map.of()))) {
        LinkMetrics metrics = new LinkMetrics(export.registry());
        metrics.onSnapshot(snapshot(42.0));
        receiver.awaitRequests(3, WAIT);
        assertThat(receiver.acceptedCount()).isZero();
        // the third answer may still be on its way back: two failures are surely counted
        assertThat(export.otlp().sender().failed()).isGreaterThanOrEqualTo(2);
        assertThat(export.otlp().sender().sent()).isZero();
        // only this test's endpoint: an earlier test's abandoned push may still log its failure
        assertThat(log.lines())
            .filteredOn(l -> l.startsWith("WARN") && l.contains(receiver.url()))
            .singleElement()
            .asString()
            .contains("OTLP metrics push to " + receiver.url() + " failed:")
            .contains("503")
            .doesNotContain("\n");

        receiver.behave(CollectorBehaviour.ACCEPT);
        metrics.onSnapshot(snapshot(23.0)); // the monitor keeps feeding the registry meanwhile
        receiver.awaitPoint(
            "bridgelink.probe.latency", p -> p.has("port", "3389") && p.value() == 23.0, WAIT);
        log.await(l -> l.startsWith("INFO") && l.contains("works again after"), WAIT);
        assertThat(log.lines())
            .filteredOn(l -> l.startsWith("WARN") && l.contains(receiver.url()))
            .hasSize(1);
      }
    }
  }

  @Test
  void closePushesTheLastStep() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      // a step far longer than the test: the only push is the one close() makes
      MetricsExport export =
          new MetricsExport(otlp(receiver.url(), Duration.ofSeconds(3600), Map.of()));
      LinkMetrics metrics = new LinkMetrics(export.registry());
      metrics.onSnapshot(snapshot(42.0));
      assertThat(receiver.requestCount()).isZero();
      export.close();
      assertThat(receiver.acceptedCount()).isEqualTo(1);
      assertThat(value(receiver, "bridgelink.probe.latency", Map.of("port", "3389")))
          .isEqualTo(42.0);
    }
  }

  @Test
  void closeReturnsWhileTheCollectorHangs() throws Exception {
    try (OtlpReceiver receiver = OtlpReceiver.start();
        LogCapture log = new LogCapture(OtlpPush.class)) {
      receiver.behave(CollectorBehaviour.HANG);
      MetricsExport export =
          new MetricsExport(otlp(receiver.url(), Duration.ofSeconds(1), Map.of()));
      new LinkMetrics(export.registry()).onSnapshot(snapshot(42.0));
      receiver.awaitRequests(1, WAIT); // a scheduled push is now stuck waiting for an answer

      long start = System.nanoTime();
      CompletableFuture<Void> closing = CompletableFuture.runAsync(export::close);
      closing.get(10, TimeUnit.SECONDS); // returns at all: a generous bound, not a timing test
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      System.out.println("OTLP close() with a hanging collector returned in " + millis + " ms");
      assertThat(log.lines())
          .anyMatch(
              l ->
                  l.startsWith("WARN")
                      && l.contains(
                          "did not finish within " + OtlpPush.CLOSE_BUDGET.toMillis() + " ms"));
    }
  }

  @Test
  void closeReturnsWhenNothingListens() throws Exception {
    String deadUrl;
    try (OtlpReceiver gone = OtlpReceiver.start()) {
      deadUrl = gone.url();
    }
    try (LogCapture log = new LogCapture(OutageLoggingSender.class)) {
      MetricsExport export = new MetricsExport(otlp(deadUrl, Duration.ofSeconds(3600), Map.of()));
      long start = System.nanoTime();
      CompletableFuture.runAsync(export::close).get(10, TimeUnit.SECONDS);
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      System.out.println("OTLP close() with nothing listening returned in " + millis + " ms");
      assertThat(log.lines())
          .filteredOn(l -> l.contains(deadUrl))
          .singleElement()
          .asString()
          .startsWith("WARN OTLP metrics push to " + deadUrl + " failed: ConnectException");
    }
  }
}
