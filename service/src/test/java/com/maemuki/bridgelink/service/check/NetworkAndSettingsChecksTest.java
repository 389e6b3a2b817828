package com.maemuki.bridgelink.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAndSettingsChecksTest {

  @Test
  void udpBlocked() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .netcheck(
                Observed.netcheckJson(
                    "netcheck_json_format-json_udp-blocked_https-latency-only.json"))
            .build();
    assertThat(new UdpBlockedCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo("netcheck reports UDP: false; nearest DERP region 4 at 31.2 ms.");
    assertThat(new HardNatCheck().evaluate(o)).as("unknown mapping").isEmpty();
  }

  @Test
  void healthyNetcheckRaisesNothing() {
    for (Observations o :
        List.of(
            Observed.at(Observed.CAPTURED)
                .netcheck(Observed.netcheckJson("netcheck_json_format-json_healthy_udp-v4-v6.json"))
                .build(),
            Observed.at(Observed.CAPTURED)
                .netcheck(Observed.netcheckText("cli_netcheck_text_current-format_udp-true.txt"))
                .build())) {
      assertThat(new UdpBlockedCheck().evaluate(o)).isEmpty();
      assertThat(new HardNatCheck().evaluate(o)).isEmpty();
    }
  }

  @Test
  void hardNat() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .netcheck(Observed.netcheckText("pasted/netcheck_text_2020-format_log-lines.txt"))
            .build();
    assertThat(new HardNatCheck().evaluate(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.HARD_NAT);
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.detail()).isEqualTo("netcheck reports MappingVariesByDestIP: true.");
            });
    Observations pmp =
        Observed.at(Observed.CAPTURED)
            .netcheck(
                Observed.netcheckJson("pasted/netcheck_json_powershell_warning-line_crlf.txt"))
            .build();
    assertThat(new HardNatCheck().evaluate(pmp))
        .singleElement()
        .extracting(Finding::detail)
        .asString()
        .endsWith("Port mapping available: NAT-PMP.");
  }

  @Test
  void magicDnsDisabled() {
    Observations off =
        Observed.at(Observed.CAPTURED)
            .status(
                Observed.status(
                    "status_cli-json_running_magicdns-OFF_health-warnings_update-available.json"))
            .build();
    assertThat(new MagicDnsDisabledCheck().evaluate(off))
        .singleElement()
        .extracting(Finding::detail)
        .isEqualTo(
            "MagicDNSEnabled is false for tailnet example.com: peer names such as"
                + " host.tail4e2b9c.ts.net do not resolve.");
    assertThat(new MagicDnsDisabledCheck().evaluate(Observed.eightPeers().build())).isEmpty();
    Observations noNetmap =
        Observed.at(Observed.CAPTURED)
            .status(Observed.status("status_cli-json_NoState_starting-up.json"))
            .build();
    assertThat(new MagicDnsDisabledCheck().evaluate(noNetmap)).as("unknown").isEmpty();
  }

  @Test
  void dnsNotAccepted() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .prefs(
                Observed.prefsFixture("localapi_prefs_PATCH_request_accept-dns-false_minimal.json"))
            .build();
    assertThat(new DnsNotAcceptedCheck().evaluate(o))
        .singleElement()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.DNS_NOT_ACCEPTED);
    Observations accepted =
        Observed.at(Observed.CAPTURED)
            .prefs(Observed.prefsFixture("localapi_prefs_GET_windows-unattended_TAB.json"))
            .build();
    assertThat(new DnsNotAcceptedCheck().evaluate(accepted)).isEmpty();
  }

  @Test
  void unattendedOffOnlyOnWindowsWithFullPrefs() {
    String full = "{\"ControlURL\":\"https://controlplane.tailscale.com\",\"CorpDNS\":true}";
    Observations windows = Observed.eightPeers().prefs(Observed.prefs(full)).build();
    assertThat(new UnattendedOffCheck().evaluate(windows))
        .singleElement()
        .extracting(Finding::code)
        .isEqualTo(FindingCode.UNATTENDED_OFF);

    Observations linux =
        Observed.eightPeers().prefs(Observed.prefs(full)).platformOs("linux").build();
    assertThat(new UnattendedOffCheck().evaluate(linux)).isEmpty();

    Observations unknownOs = Observed.at(Observed.CAPTURED).prefs(Observed.prefs(full)).build();
    assertThat(new UnattendedOffCheck().evaluate(unknownOs)).isEmpty();

    Observations partial =
        Observed.eightPeers()
            .prefs(Observed.prefs("{\"CorpDNS\":false,\"CorpDNSSet\":true}"))
            .build();
    assertThat(new UnattendedOffCheck().evaluate(partial))
        .as("PATCH body proves nothing")
        .isEmpty();

    Observations on =
        Observed.eightPeers()
            .prefs(Observed.prefsFixture("localapi_prefs_GET_windows-unattended_TAB.json"))
            .build();
    assertThat(new UnattendedOffCheck().evaluate(on)).isEmpty();
  }

  @Test
  void oneHealthFindingPerMessageUpdateIsInfo() {
    Observations o =
        Observed.at(Observed.CAPTURED)
            .status(
                Observed.status(
                    "status_cli-json_running_magicdns-OFF_health-warnings_update-available.json"))
            .build();
    List<Finding> f = new TailscaleHealthCheck().evaluate(o);
    assertThat(f).hasSize(2);
    assertThat(f.get(0).subject())
        .isEqualTo("Some peers are advertising routes but --accept-routes is false");
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INFO);
    assertThat(new TailscaleHealthCheck().evaluate(Observed.eightPeers().build())).isEmpty();
  }
}
