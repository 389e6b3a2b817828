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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsExportTest {

  private static Snapshot snapshot(boolean portOk) {
    Instant now = Instant.parse("2026-11-24T19:00:00Z");
    PeerView peer =
        new PeerView(
            "bridge-peer",
            "bridge-peer",
            "bridge-peer.ts.net.",
            List.of("100.64.0.2"),
            true,
            "derp",
            "fra",
            12.5,
            now,
            List.of(
                new ProbeView(3389, portOk, 12.5, portOk ? null : "connection refused"),
                new ProbeView(22, true, 13.0, null)));
    List<ActiveFinding> findings =
        List.of(
            new ActiveFinding(Finding.of(FindingCode.PATH_RELAYED, "bridge-peer", "via fra"), now));
    return new Snapshot(
        now, Overall.DEGRADED, "x", SelfView.unknown(), List.of(peer), findings, List.of());
  }

  @Test
  void endpointIsOffByDefault() throws Exception {
    try (MetricsExport export = new MetricsExport(MetricsConfig.defaults())) {
      assertThat(export.endpointAddress()).isNull();
      assertThat(export.scrape()).contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void loopbackEndpointServesPeerFindingAndJvmMetrics() throws Exception {
    MetricsConfig config =
        new MetricsConfig(
            new MetricsConfig.Prometheus(true, 0, "127.0.0.1"), MetricsConfig.defaults().otlp());
    try (MetricsExport export = new MetricsExport(config)) {
      LinkMetrics metrics = new LinkMetrics(export.registry());
      metrics.onSnapshot(snapshot(false));
      metrics.onSourceRun("probes", Duration.ofMillis(3), "connect failed");
      metrics.onEvaluation(Duration.ofMillis(1));
      assertThat(export.endpointAddress().getAddress().isLoopbackAddress()).isTrue();

      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + export.endpointAddress().getPort() + "/metrics");
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      String body = response.body();
      assertThat(body)
          .contains("bridgelink_peer_reachable{peer=\"bridge-peer\",service=\"bridge-link\"} 0.0")
          .contains(
              "bridgelink_peer_latency_milliseconds{peer=\"bridge-peer\",service=\"bridge-link\"} 12.5")
          .contains(
              "bridgelink_peer_path{path=\"derp\",peer=\"bridge-peer\",service=\"bridge-link\"} 1.0")
          .contains(
              "bridgelink_probe_ok{peer=\"bridge-peer\",port=\"3389\",service=\"bridge-link\"} 0.0")
          .contains(
              "bridgelink_findings_active{code=\"path-relayed\",service=\"bridge-link\",severity=\"warning\"} 1.0")
          .contains("bridgelink_overall{service=\"bridge-link\",state=\"degraded\"} 1.0")
          .contains("bridgelink_source_errors_total{service=\"bridge-link\",source=\"probes\"} 1.0")
          .contains("bridgelink_cycle_duration_seconds_count")
          .contains("process_uptime_seconds");

      metrics.onSnapshot(snapshot(true));
      String after = export.scrape();
      assertThat(after)
          .contains("bridgelink_peer_reachable{peer=\"bridge-peer\",service=\"bridge-link\"} 1.0");
    }
  }
}
