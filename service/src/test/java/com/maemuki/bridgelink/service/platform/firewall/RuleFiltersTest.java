package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFiltersTest {

  @Test
  void portsRangesAndKeywords() {
    assertThat(RuleFilters.portMatches(List.of("Any"), 3389)).isTrue();
    assertThat(RuleFilters.portMatches(List.of("22", "3389"), 3389)).isTrue();
    assertThat(RuleFilters.portMatches(List.of("3000-3400"), 3389)).isTrue();
    assertThat(RuleFilters.portMatches(List.of("3390-3400"), 3389)).isFalse();
    assertThat(RuleFilters.portMatches(List.of("RPC", "RPCEPMap"), 135)).isFalse();
    assertThat(RuleFilters.portMatches(List.of("9".repeat(40)), 3389)).isFalse();
  }

  @Test
  void addressForms() {
    String peer = "100.101.1.2";
    assertThat(RuleFilters.addressMatches(List.of("Any"), peer)).isTrue();
    assertThat(RuleFilters.addressMatches(List.of("100.64.0.0/10"), peer)).isTrue();
    assertThat(RuleFilters.addressMatches(List.of("100.64.0.0/255.192.0.0"), peer)).isTrue();
    assertThat(RuleFilters.addressMatches(List.of("100.128.0.0/10"), peer)).isFalse();
    assertThat(RuleFilters.addressMatches(List.of("100.101.1.1-100.101.1.9"), peer)).isTrue();
    assertThat(RuleFilters.addressMatches(List.of("100.101.1.3-100.101.1.9"), peer)).isFalse();
    assertThat(RuleFilters.addressMatches(List.of(peer), peer)).isTrue();
    assertThat(RuleFilters.addressMatches(List.of("LocalSubnet", "Internet"), peer)).isFalse();
    assertThat(RuleFilters.addressMatches(List.of("fd7a:115c:a1e0::/48"), "fd7a:115c:a1e0::1234"))
        .isTrue();
    assertThat(RuleFilters.addressMatches(List.of("fd7a:115c:a1e0::/48"), peer)).isFalse();
    assertThat(RuleFilters.addressMatches(List.of("100.64.0.0/10"), null)).isFalse();
  }

  @Test
  void namesAreNeverResolved() {
    // A host name must not reach the resolver: it simply does not match.
    assertThat(IpLiteral.parse("example.invalid")).isEmpty();
    assertThat(IpLiteral.parse("localhost")).isEmpty();
    assertThat(RuleFilters.addressMatches(List.of("localhost"), "127.0.0.1")).isFalse();
  }

  @Test
  void icmpEchoTypes() {
    assertThat(RuleFilters.icmpEchoMatches(List.of("8"))).isTrue();
    assertThat(RuleFilters.icmpEchoMatches(List.of("8:*"))).isTrue();
    assertThat(RuleFilters.icmpEchoMatches(List.of("0", "3:4"))).isFalse();
  }

  @Test
  void interfaces() {
    assertThat(RuleFilters.interfaceMatches(List.of("Any"), "Tailscale")).isTrue();
    assertThat(RuleFilters.interfaceMatches(List.of("tailscale"), "Tailscale")).isTrue();
    assertThat(RuleFilters.interfaceMatches(List.of("Ethernet"), "Tailscale")).isFalse();
  }
}
