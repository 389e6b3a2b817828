package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Severity;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusTextParser;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendStateChecksTest {

  @Test
  void needsLoginWithAuthUrl() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_NeedsLogin_with-AuthURL_no-netmap.json"))
            .build();
    List<Finding> f = new NeedsLoginCheck().evaluate(o);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).code()).isEqualTo(FindingCode.NEEDS_LOGIN);
    assertThat(f.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.get(0).detail()).contains("https://login.tailscale.com/a/1c9d7e2a50f3b1");
    assertThat(new NeedsMachineAuthCheck().evaluate(o)).isEmpty();
    assertThat(new BackendStoppedCheck().evaluate(o)).isEmpty();
    assertThat(new KeyExpiredCheck().evaluate(o)).as("no netmap: no key to judge").isEmpty();
  }

  // What the real tailnet showed after `headscale nodes expire`: NeedsLogin, KeyExpiry passed.
  @Test
  void anExpiredKeyIsKeyExpiredAloneNotAlsoNeedsLogin() throws Exception {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(
                StatusJsonParser.parse(
                    "{\"BackendState\":\"NeedsLogin\",\"Self\":{\"ID\":\"1\","
                        + "\"PublicKey\":\"nodekey:317a6350b25d00000000000000000000000000000000000000"
                        + "00000000000000\",\"HostName\":\"bridge\","
                        + "\"KeyExpiry\":\"2020-01-01T00:00:00Z\"}}"))
            .build();
    assertThat(new NeedsLoginCheck().evaluate(o)).isEmpty();
    assertThat(new KeyExpiredCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.KEY_EXPIRED);
  }

  @Test
  void needsLoginFreshHasNoUrl() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(
                Observed.status(
                    "status_cli-json_NeedsLogin_fresh_AuthURL-empty_health-stopped.json"))
            .build();
    assertThat(new NeedsLoginCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("Tailscale's state is NeedsLogin.");
  }

  @Test
  void needsMachineAuth() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_NeedsMachineAuth.json"))
            .build();
    assertThat(new NeedsMachineAuthCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.NEEDS_MACHINE_AUTH);
              assertThat(f.detail()).contains("ops-ws-017");
            });
    assertThat(new NeedsLoginCheck().evaluate(o)).isEmpty();
  }

  @Test
  void stoppedFromStatusAndFromPrefs() {
    Observations stopped =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_Stopped_after-tailscale-down.json"))
            .build();
    assertThat(new BackendStoppedCheck().evaluate(stopped))
        .singleElement()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.BACKEND_STOPPED);

    Observations prefsOnly =
        Observed.at(Observed.CAPTURED).prefs(Observed.prefs("{\"WantRunning\": false}")).build();
    assertThat(new BackendStoppedCheck().evaluate(prefsOnly)).hasSize(1);

    Observations running =
        Observed.eightPeers().prefs(Observed.prefs("{\"WantRunning\": false}")).build();
    assertThat(new BackendStoppedCheck().evaluate(running)).as("status wins").isEmpty();
  }

  @Test
  void statusTextStatesDriveTheSameChecks() throws Exception {
    Status text =
        StatusTextParser.parse(Fixtures.text("cli_status_text_needsmachineauth_exit1.txt"))
            .toStatus();
    assertThat(text.state()).isEqualTo(BackendState.NEEDS_MACHINE_AUTH);
    assertThat(
            new NeedsMachineAuthCheck()
                .evaluate(Observed.at(Observed.CAPTURED).status(text).build()))
        .hasSize(1);
  }

  @Test
  void daemonUnreachable() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .daemonError(
                "failed to connect to local tailscaled process; is the Tailscale service running?")
            .build();
    assertThat(new DaemonUnreachableCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.DAEMON_STOPPED);
              assertThat(f.detail()).contains("is the Tailscale service running?");
            });
    assertThat(new DaemonUnreachableCheck().evaluate(Observed.eightPeers().build())).isEmpty();
  }

  @Test
  void runningMachineRaisesNone() {
    Observations o = Observed.eightPeers().build();
    assertThat(new NeedsLoginCheck().evaluate(o)).isEmpty();
    assertThat(new NeedsMachineAuthCheck().evaluate(o)).isEmpty();
    assertThat(new BackendStoppedCheck().evaluate(o)).isEmpty();
  }
}
