package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.ipc.MethodException;
import com.maemuki.bridgelink.service.monitor.Evaluator;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MonitorFacadeTest {

  @Test
  void servesTheSnapshotHistoryAndEventsInTheContractShape() throws Exception {
    Source relay =
        new Source() {
          @Override
          public String name() {
            return "localapi-status";
          }

          @Override
          public Duration interval() {
            return Duration.ofMillis(50);
          }

          @Override
          public Duration deadline() {
            return Duration.ofSeconds(1);
          }

          @Override
          public Object collect() {
            return "relayed";
          }
        };
    Evaluator evaluator =
        new Evaluator() {
          @Override
          public Evaluation evaluate(SourceReadings readings, Instant now) {
            PeerView peer =
                new PeerView(
                    "bridge-peer",
                    "bridge-peer",
                    "bridge-peer.ts.net.",
                    List.of("100.64.0.2"),
                    true,
                    "derp",
                    "fra",
                    21.5,
                    readings.entry("localapi-status").readingTime(),
                    List.of(new ProbeView(3389, true, 21.5, null)));
            return new Evaluation(
                List.of(Finding.of(FindingCode.UDP_BLOCKED, "bridge-peer", "via fra")),
                SelfView.unknown(),
                List.of(peer));
          }

          @Override
          public List<String> sourcesOf(Finding finding) {
            return List.of("localapi-status");
          }
        };
    List<String> events = new CopyOnWriteArrayList<>();
    try (LinkMonitor monitor =
        new LinkMonitor(
            List.of(relay),
            evaluator,
            new Damping(1, Duration.ZERO, 1, Duration.ofMillis(10), Duration.ZERO),
            Map.of())) {
      MonitorFacade facade = new MonitorFacade(monitor);
      facade.publishTo(
          (event, data) ->
              events.add(event.wireName() + ":" + ContractJson.write(data).get("kind")));
      monitor.start();
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (events.stream().noneMatch(e -> e.startsWith("transition"))
          && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      assertThat(events).contains("transition:\"raised\"");
      JsonNode status = ContractJson.write(facade.status());
      assertThat(status.get("overall").asString()).isEqualTo("degraded");
      JsonNode finding = status.get("findings").get(0);
      assertThat(finding.get("code").asString()).isEqualTo("udp-blocked");
      assertThat(finding.get("fixer").asString()).isEqualTo("nobody");
      assertThat(status.get("peers").get(0).get("derpRegion").asString()).isEqualTo("fra");
      assertThat(status.get("peers").get(0).get("probes").get(0).get("port").asInt())
          .isEqualTo(3389);
      assertThat(status.get("sources").get(0).get("name").asString()).isEqualTo("localapi-status");

      JsonNode history = ContractJson.write(facade.history("bridge-peer", 60));
      assertThat(history.get("peer").asString()).isEqualTo("bridge-peer");
      assertThat(history.get("samples").get(0).get("path").asString()).isEqualTo("derp");
      assertThat(history.get("samples").get(0).get("latencyMs").asDouble()).isEqualTo(21.5);
      assertThatThrownBy(
              () ->
                  facade.runRepair(
                      new RepairRunParams("restart-tailscale", null, null, null), null))
          .isInstanceOf(MethodException.class);
    }
  }
}
