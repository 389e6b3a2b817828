package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allowlist holds against hostile input: nothing but a configured port gets through. */
class PortAllowlistTest {

  private final PortAllowlist allowlist = new PortAllowlist(List.of(3389, 8080));

  @Test
  void acceptsConfiguredPortsAsNumbersOrDigits() throws Exception {
    assertThat(allowlist.require(3389)).isEqualTo(3389);
    assertThat(allowlist.require(8080L)).isEqualTo(8080);
    assertThat(allowlist.require("3389")).isEqualTo(3389);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3389; Remove-NetFirewallRule",
        "3389 -Action Block",
        "$(Remove-NetFirewallRule)",
        "0",
        "70000",
        "-1",
        "",
        " 3389",
        "3389\n",
        "0x0D3D",
        "３３８９",
        "22"
      })
  void refusesHostileStrings(String input) {
    assertThatThrownBy(() -> allowlist.require(input)).isInstanceOf(PortRejectedException.class);
  }

  @Test
  void refusesAMillionDigitsWithoutParsingThemOrEchoingThem() {
    String huge = "9".repeat(1_000_000);
    assertThatThrownBy(() -> allowlist.require(huge))
        .isInstanceOf(PortRejectedException.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(80));
  }

  @Test
  void refusesOutOfRangeNumbersAndOtherTypes() {
    assertThatThrownBy(() -> allowlist.require(0)).hasMessageContaining("outside 1-65535");
    assertThatThrownBy(() -> allowlist.require(70000)).hasMessageContaining("outside 1-65535");
    assertThatThrownBy(() -> allowlist.require(-1)).hasMessageContaining("outside 1-65535");
    assertThatThrownBy(() -> allowlist.require(Long.MAX_VALUE)).hasMessageContaining("outside");
    assertThatThrownBy(() -> allowlist.require(3389.0)).hasMessageContaining("must be a number");
    assertThatThrownBy(() -> allowlist.require(null)).hasMessageContaining("nothing");
    assertThatThrownBy(() -> allowlist.require(List.of(3389)))
        .isInstanceOf(PortRejectedException.class);
    assertThatThrownBy(() -> allowlist.require(22))
        .hasMessageContaining("not one of the configured");
  }

  @Test
  void aBadConfigurationIsRefused() {
    assertThatThrownBy(() -> new PortAllowlist(List.of(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PortAllowlist(List.of(65536)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
