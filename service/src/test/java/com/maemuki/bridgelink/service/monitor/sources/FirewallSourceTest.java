package com.maemuki.bridgelink.service.monitor.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.service.check.live.FirewallCheck;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.observation.FirewallReading;
import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.NotApplicableFirewall;
import com.maemuki.bridgelink.service.platform.firewall.FirewallSnapshotParser;
import com.maemuki.bridgelink.service.platform.firewall.Reason;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirewallSourceTest {

  private static FirewallSource source(
      com.maemuki.bridgelink.service.platform.FirewallReader reader,
      Map<Integer, Boolean> listening) {
    return new FirewallSource(
        reader,
        () -> List.of(3389, 8080),
        () -> "100.101.1.2",
        () -> "100.64.7.8",
        () -> listening,
        () -> Duration.ofMinutes(5));
  }

  @Test
  void evaluatesTheSnapshotAndTheCheckRaisesFindings() throws Exception {
    String json;
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/windows/firewall-block-rule-wins.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var snapshot = new FirewallSnapshotParser().parse(json);
    FirewallReading reading =
        (FirewallReading)
            source(ports -> new FirewallInspection.Inspected(snapshot), Map.of(8080, false))
                .collect();
    assertThat(reading.evaluation().ports())
        .extracting(v -> v.reason())
        .containsExactly(Reason.BLOCKED_BY_RULE, Reason.NOT_LISTENING);
    assertThat(new FirewallCheck().check(reading))
        .extracting(Finding::key)
        .containsExactly("local-port-blocked/3389");
  }

  @Test
  void notApplicableIsAReadingAndFailureIsAnError() throws Exception {
    FirewallReading linux =
        (FirewallReading) source(NotApplicableFirewall.on("Linux"), Map.of()).collect();
    assertThat(linux.notApplicable())
        .isEqualTo("Windows Firewall is not available on this machine: not applicable on Linux");
    assertThat(new FirewallCheck().check(linux)).isEmpty();
    assertThatThrownBy(
            () ->
                source(
                        ports ->
                            new FirewallInspection.Failed(
                                "the firewall inspection took longer than 120 s"),
                        Map.of())
                    .collect())
        .hasMessage("the firewall inspection took longer than 120 s");
  }
}
