package com.maemuki.bridgelink.testkit.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtlpReceiverMainTest {

  @Test
  void aPushReadsAsOneLinePerLinkPoint() {
    PushedRequest request =
        new PushedRequest(
            Map.of("service.name", "bridge-link", "host.name", "bridge-pc"),
            List.of(
                new OtlpPoint(
                    "bridgelink.peer.reachable",
                    "",
                    OtlpPoint.Kind.GAUGE,
                    Map.of("peer", "bridge-peer", "service", "bridge-link"),
                    1.0,
                    1,
                    0),
                new OtlpPoint(
                    "bridgelink.cycle.duration",
                    "milliseconds",
                    OtlpPoint.Kind.HISTOGRAM,
                    Map.of("service", "bridge-link"),
                    7.5,
                    3,
                    0),
                new OtlpPoint(
                    "jvm.memory.used", "bytes", OtlpPoint.Kind.GAUGE, Map.of(), 1024, 1, 0)));
    assertThat(OtlpReceiverMain.summary(2, request).lines())
        .containsExactly(
            "push 2: 3 metrics, 3 points, resource {host.name=bridge-pc, service.name=bridge-link}",
            "  bridgelink.cycle.duration{} count=3 sum=7.5 milliseconds",
            "  bridgelink.peer.reachable{peer=bridge-peer} 1");
  }
}
