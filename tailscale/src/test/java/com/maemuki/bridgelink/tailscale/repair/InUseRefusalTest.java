package com.maemuki.bridgelink.tailscale.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.repair.InUseRefusal.Kind;
import org.junit.jupiter.api.Test;

/**
 * tailscaled's refusal texts as {@code ipn/ipnserver/server.go checkConnIdentityLocked} and {@code
 * ipn/ipnlocal/local.go CheckIPNConnectionAllowed} word them, and which ones are worth a retry.
 */
class InUseRefusalTest {

  @Test
  void aRequestInFlightNamesItsAccountAndPid() {
    InUseRefusal held =
        InUseRefusal.parse(
                "tailscaled denied access to prefs (HTTP 401): Tailscale already in use by NT"
                    + " AUTHORITY\\SYSTEM, pid 4312")
            .orElseThrow();
    assertThat(held).isEqualTo(new InUseRefusal(Kind.HELD, "NT AUTHORITY\\SYSTEM", 4312));
    assertThat(held.passing(4312)).isTrue();
    assertThat(held.passing(999)).as("another SYSTEM process, not our service").isFalse();
    assertThat(held.passing(0)).as("pid unknown: LocalSystem passes").isTrue();
    assertThat(
            InUseRefusal.parse("Tailscale already in use by NT-AUTORITÄT\\SYSTEM, pid 7")
                .orElseThrow()
                .passing(0))
        .as("the domain part is localised")
        .isTrue();
    assertThat(
            InUseRefusal.parse("Tailscale already in use by BRIDGE-PC\\bob, pid 7002")
                .orElseThrow()
                .passing(0))
        .isFalse();
  }

  @Test
  void theCurrentUsersRefusalsNameTheOwner() {
    InUseRefusal serverMode =
        InUseRefusal.parse(
                "Tailscale running in server mode (\"BRIDGE-PC\\ops\"); connection from"
                    + " \"BRIDGE-PC\\bob\" not allowed")
            .orElseThrow();
    assertThat(serverMode).isEqualTo(new InUseRefusal(Kind.SERVER_MODE, "BRIDGE-PC\\ops", 0));
    assertThat(serverMode.passing(0)).isFalse();
    assertThat(serverMode.advice()).contains("sign in to Windows as BRIDGE-PC\\ops");
    assertThat(
            InUseRefusal.parse(
                    "Tailscale already in use (\"BRIDGE-PC\\ops\"); connection from \"B\" not allowed")
                .orElseThrow()
                .kind())
        .isEqualTo(Kind.OTHER_USER);
    assertThat(InUseRefusal.parse("prefs write access denied")).isEmpty();
  }
}
