package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void catalogNamesAreKebabCaseAndUnique() {
    List<Check> all = Checks.tailscaleChecks(CheckSettings.defaults());
    assertThat(all).extracting(Check::name).allMatch(n -> n.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(all).extracting(Check::name).doesNotHaveDuplicates();
    assertThat(CheckSettings.defaults().keyExpiryWarning()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void eightPeerSampleWithWatchedPeersCriticalFirst() {
    Observations o =
        Observed.eightPeers()
            .watchPeer("pixel-8")
            .watchPeer("bridge-peer")
            .watchPeer("laptop-bob")
            .build();
    List<Finding> f = Checks.evaluate(Checks.tailscaleChecks(CheckSettings.defaults()), o);
    assertThat(f)
        .extracting(x -> x.code().code() + "/" + x.subject())
        .containsExactly(
            "key-expired/null",
            "peer-not-in-tailnet/bridge-peer",
            "peer-offline/pixel-8",
            "path-relayed/laptop-bob");
  }

  @Test
  void aThrowingCheckDoesNotHideTheOthers() {
    Check broken =
        new Check() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public List<Finding> evaluate(Observations observations) {
            throw new IllegalStateException("bug");
          }
        };
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_Stopped_after-tailscale-down.json"))
            .build();
    assertThat(Checks.evaluate(List.of(broken, new BackendStoppedCheck()), o))
        .extracting(Finding::code)
        .containsExactly(FindingCode.BACKEND_STOPPED);
  }

  @Test
  void toBuilderKeepsEverything() {
    Observations o =
        Observed.eightPeers().watchPeer("x").daemonError("e").platformOs("windows").build();
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o.os()).isEqualTo("windows");
  }
}
