package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One fixture per firewall case: the evaluator's verdict and the rule it names. */
class FirewallEvaluatorTest {

  private static final String PEER = "100.101.1.2";
  private static final String SELF = "100.64.7.8";
  private final FirewallEvaluator evaluator = new FirewallEvaluator();

  private Evaluation evaluate(String fixture, Map<Integer, Boolean> listening) {
    return evaluator.evaluate(
        Fixtures.snapshot(fixture), List.of(3389, 8080), listening, PEER, SELF);
  }

  private Evaluation evaluate(String fixture) {
    return evaluate(fixture, Map.of());
  }

  @Test
  void tailscaleInAllowsEveryPortAndPingOnAPrivateAdapter() {
    Evaluation e = evaluate("firewall-allowed-by-tailscale-in.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.ALLOWED_BY_RULE);
    assertThat(e.ports().get(0).rules())
        .extracting(FirewallRule::displayName)
        .containsExactly("Tailscale-In");
    assertThat(e.ping().reason()).isEqualTo(Reason.ALLOWED_BY_RULE);
  }

  @Test
  void aBlockRuleBeatsTailscaleIn() {
    Evaluation e = evaluate("firewall-block-rule-wins.json");
    Verdict rdp = e.ports().get(0);
    assertThat(rdp.reason()).isEqualTo(Reason.BLOCKED_BY_RULE);
    assertThat(rdp.rules())
        .extracting(FirewallRule::displayName)
        .containsExactly("Block RDP from anywhere");
    assertThat(rdp.explanation()).contains("'Block RDP from anywhere'").contains("block rules win");
    assertThat(e.ports().get(1).reason()).isEqualTo(Reason.ALLOWED_BY_RULE);
  }

  @Test
  void withoutAnAllowRuleTheDefaultBlocks() {
    Evaluation e = evaluate("firewall-no-allow-rule.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.NO_ALLOW_RULE);
    assertThat(e.ports().get(0).explanation()).contains("Private profile");
    // The LAN-only rule (10.0.0.0/255.0.0.0, 192.168.1.10-50) and ICMP type 3:4 do not count.
    assertThat(e.ping().reason()).isEqualTo(Reason.NO_ALLOW_RULE);
  }

  @Test
  void aPublicAdapterOutsideTheAllowRulesProfilesIsNamedAsTheCause() {
    Evaluation e = evaluate("firewall-adapter-public.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.ADAPTER_PUBLIC_PROFILE);
    assertThat(e.ports().get(0).explanation()).contains("Public").contains("Domain/Private");
    assertThat(e.ping().reason()).isEqualTo(Reason.ADAPTER_PUBLIC_PROFILE);
  }

  @Test
  void groupPolicyIgnoringLocalRulesLeavesOnlyPolicyRules() {
    Evaluation e = evaluate("firewall-local-rules-ignored-by-policy.json");
    assertThat(e.ports().get(0).reason()).isEqualTo(Reason.LOCAL_RULES_IGNORED_BY_POLICY);
    assertThat(e.ports().get(0).explanation()).contains("Group Policy").contains("Tailscale-In");
    assertThat(e.ports().get(1).reason()).isEqualTo(Reason.ALLOWED_BY_RULE);
    assertThat(e.ports().get(1).rules().get(0).policySource()).isEqualTo("GroupPolicy");
    assertThat(e.ping().reason()).isEqualTo(Reason.LOCAL_RULES_IGNORED_BY_POLICY);
  }

  @Test
  void aDisabledProfileLetsEverythingIn() {
    Evaluation e = evaluate("firewall-firewall-off.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.FIREWALL_OFF);
    assertThat(e.ping().reason()).isEqualTo(Reason.FIREWALL_OFF);
  }

  @Test
  void ourPortRulesAllowThePortsButNotPing() {
    Evaluation e = evaluate("firewall-icmp-blocked.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.ALLOWED_BY_RULE);
    assertThat(e.ports().get(0).rules().get(0).isOurs()).isTrue();
    assertThat(e.ping().reason()).isEqualTo(Reason.NO_ALLOW_RULE);
  }

  @Test
  void nothingListeningIsReportedOnlyWhenTheFirewallLetsItIn() {
    Evaluation open = evaluate("firewall-allowed-by-tailscale-in.json", Map.of(3389, false));
    assertThat(open.ports().get(0).reason()).isEqualTo(Reason.NOT_LISTENING);
    assertThat(open.ports().get(1).reason()).isEqualTo(Reason.ALLOWED_BY_RULE);
    Evaluation blocked = evaluate("firewall-block-rule-wins.json", Map.of(3389, false));
    assertThat(blocked.ports().get(0).reason()).isEqualTo(Reason.BLOCKED_BY_RULE);
  }

  @Test
  void aMissingAdapterIsNotBlamedOnTheFirewall() {
    Evaluation e = evaluate("firewall-adapter-missing.json");
    assertThat(e.ports()).extracting(Verdict::reason).containsOnly(Reason.ADAPTER_MISSING);
    assertThat(e.ports().get(0).reason().firewallBlocks()).isFalse();
  }

  @Test
  void tailscaleInDoesNotMatchWhenItsLocalAddressIsNotOurs() {
    FirewallSnapshot s = Fixtures.snapshot("firewall-allowed-by-tailscale-in.json");
    Verdict v = evaluator.tcp(s, 3389, true, PEER, "100.64.99.99");
    assertThat(v.reason()).isEqualTo(Reason.NO_ALLOW_RULE);
  }

  @Test
  void rulesScopedToOtherRemoteRangesAreIgnored() {
    FirewallSnapshot s = Fixtures.snapshot("firewall-no-allow-rule.json");
    assertThat(evaluator.tcp(s, 3389, true, "10.1.2.3", SELF).reason())
        .isEqualTo(Reason.ALLOWED_BY_RULE);
    assertThat(evaluator.tcp(s, 3389, true, PEER, SELF).reason()).isEqualTo(Reason.NO_ALLOW_RULE);
  }
}
