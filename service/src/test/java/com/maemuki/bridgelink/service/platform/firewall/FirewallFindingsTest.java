package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One cause → one finding, with the measured facts in the detail. */
class FirewallFindingsTest {

  private static List<Finding> findings(String fixture) {
    return findings(fixture, Map.of());
  }

  private static List<Finding> findings(String fixture, Map<Integer, Boolean> listening) {
    Evaluation e =
        new FirewallEvaluator()
            .evaluate(
                Fixtures.snapshot(fixture),
                List.of(3389, 8080),
                listening,
                "100.101.1.2",
                "100.64.7.8");
    return FirewallFindings.from(e);
  }

  @Test
  void allowedMeansNoFindings() {
    assertThat(findings("firewall-allowed-by-tailscale-in.json")).isEmpty();
    assertThat(findings("firewall-firewall-off.json")).isEmpty();
  }

  @Test
  void aBlockRuleRaisesLocalPortBlockedForThatPort() {
    List<Finding> f = findings("firewall-block-rule-wins.json");
    assertThat(f).extracting(Finding::key).containsExactly("local-port-blocked/3389");
    assertThat(f.get(0).detail()).contains("Block RDP from anywhere");
    assertThat(f.get(0).repair()).isEqualTo("open-inbound-port");
  }

  @Test
  void noAllowRuleRaisesEveryPortAndPing() {
    assertThat(findings("firewall-no-allow-rule.json"))
        .extracting(Finding::key)
        .containsExactly("local-port-blocked/3389", "local-port-blocked/8080", "icmp-blocked");
  }

  @Test
  void aPublicAdapterIsOneFindingNamingWhatItBlocks() {
    List<Finding> f = findings("firewall-adapter-public.json");
    assertThat(f).extracting(Finding::key).containsExactly("adapter-public-profile");
    assertThat(f.get(0).detail()).contains("TCP 3389, TCP 8080, ICMPv4 echo");
    assertThat(f.get(0).repair()).isEqualTo("set-adapter-private");
  }

  @Test
  void policyIgnoringLocalRulesIsExplained() {
    List<Finding> f = findings("firewall-local-rules-ignored-by-policy.json");
    assertThat(f)
        .extracting(Finding::key)
        .containsExactly("local-port-blocked/3389", "icmp-blocked");
    assertThat(f.get(0).detail()).contains("Group Policy");
  }

  @Test
  void pingAloneBlocked() {
    assertThat(findings("firewall-icmp-blocked.json"))
        .extracting(Finding::key)
        .containsExactly("icmp-blocked");
  }

  @Test
  void notListeningAndMissingAdapterAreOtherChecksBusiness() {
    assertThat(findings("firewall-allowed-by-tailscale-in.json", Map.of(3389, false))).isEmpty();
    assertThat(findings("firewall-adapter-missing.json")).isEmpty();
  }
}
