package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.platform.firewall.FirewallSnapshotParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatingFirewallInspectorTest {

  private static FirewallReader fixture(String name) throws Exception {
    try (InputStream in =
        EvaluatingFirewallInspectorTest.class.getResourceAsStream("/fixtures/windows/" + name)) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var snapshot = new FirewallSnapshotParser().parse(json);
      return ports -> new FirewallInspection.Inspected(snapshot);
    }
  }

  @Test
  void reportsVerdictsAndKeepsTheFindings() throws Exception {
    EvaluatingFirewallInspector inspector =
        new EvaluatingFirewallInspector(
            fixture("firewall-block-rule-wins.json"),
            () -> "100.101.1.2",
            () -> "100.64.7.8",
            Map::of);
    FirewallInspector.FirewallReport report = inspector.inspect(List.of(3389, 8080));
    assertThat(report.evaluated()).isTrue();
    assertThat(report.ports())
        .extracting(FirewallInspector.PortVerdict::allowed)
        .containsExactly(false, true);
    assertThat(report.ports().get(0).reason()).contains("Block RDP from anywhere");
    assertThat(report.icmpAllowed()).isTrue();
    assertThat(report.adapterProfile()).isEqualTo("PRIVATE");
    assertThat(inspector.findings())
        .extracting(Finding::key)
        .containsExactly("local-port-blocked/3389");
  }

  @Test
  void withoutAPeerAddressAnyTailscaleAddressStandsIn() throws Exception {
    EvaluatingFirewallInspector inspector =
        new EvaluatingFirewallInspector(
            fixture("firewall-icmp-blocked.json"), () -> null, () -> null, Map::of);
    assertThat(inspector.inspect(List.of(3389)).ports().get(0).allowed()).isTrue();
  }

  @Test
  void notApplicableAndFailuresAreNotEvaluated() {
    EvaluatingFirewallInspector linux =
        new EvaluatingFirewallInspector(
            NotApplicableFirewall.on("Linux"), () -> null, () -> null, Map::of);
    assertThat(linux.inspect(List.of(3389)).evaluated()).isFalse();
    assertThat(linux.lastFailure()).isNull();
    assertThat(linux.findings()).isEmpty();
    EvaluatingFirewallInspector failing =
        new EvaluatingFirewallInspector(
            ports -> new FirewallInspection.Failed("timed out"), () -> null, () -> null, Map::of);
    assertThat(failing.inspect(List.of(3389)).evaluated()).isFalse();
    assertThat(failing.lastFailure()).isEqualTo("timed out");
  }
}
