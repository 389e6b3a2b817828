package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.model.DerpLatency;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetcheckParserTest {

  @Test
  void currentTextFormat() throws Exception {
    NetcheckReport r =
        NetcheckTextParser.parse(Fixtures.bytes("cli_netcheck_text_current-format_udp-true.txt"));
    assertThat(r.time()).isEqualTo(Instant.parse("2026-08-20T12:03:44.918273645Z"));
    assertThat(r.udp()).isTrue();
    assertThat(r.ipv4()).isTrue();
    assertThat(r.globalV4()).isEqualTo("198.51.100.24:53011");
    assertThat(r.ipv6()).isTrue();
    assertThat(r.globalV6()).isEqualTo("[2001:db8:77::24]:53011");
    assertThat(r.mappingVariesByDestIp()).isFalse();
    assertThat(r.portMapping()).isEmpty();
    assertThat(r.captivePortal()).isFalse();
    assertThat(r.latencies()).hasSize(7);
    assertThat(r.latencies().get(0)).isEqualTo(new DerpLatency(null, "fra", "Frankfurt", 18.4));
    assertThat(r.latencies().get(6)).isEqualTo(new DerpLatency(null, "sfo", "San Francisco", null));
    assertThat(r.preferredDerpLabel()).isEqualTo("fra");
    assertThat(r.preferredDerpLatencyMs()).isEqualTo(18.4);
  }

  @Test
  void oldTextFormatWithLogLinesAndPrompt() throws Exception {
    NetcheckReport r =
        NetcheckTextParser.parse(Fixtures.text("pasted/netcheck_text_2020-format_log-lines.txt"));
    assertThat(r.udp()).isTrue();
    assertThat(r.ipv6()).isFalse();
    assertThat(r.globalV6()).isNull();
    assertThat(r.mappingVariesByDestIp()).isTrue();
    assertThat(r.preferredDerpId()).isEqualTo(3);
    assertThat(r.preferredDerpLabel()).isEqualTo("sin");
    assertThat(r.preferredDerpLatencyMs()).isEqualTo(52.1);
    assertThat(r.latencies()).extracting(DerpLatency::regionId).containsExactly(1, 3);
  }

  @Test
  void healthyJson() throws Exception {
    NetcheckReport r =
        NetcheckJsonParser.parse(
            Fixtures.bytes("netcheck_json_format-json_healthy_udp-v4-v6.json"));
    assertThat(r.udp()).isTrue();
    assertThat(r.ipv4()).isTrue();
    assertThat(r.ipv6()).isTrue();
    assertThat(r.mappingVariesByDestIp()).isFalse();
    assertThat(r.portMapping()).isEmpty();
    assertThat(r.preferredDerpId()).isEqualTo(4);
    assertThat(r.preferredDerpLatencyMs()).isEqualTo(18.4);
    assertThat(r.preferredDerpLabel()).isEqualTo("region 4");
    assertThat(r.globalV4()).isEqualTo("198.51.100.24:53011");
    assertThat(r.latencies()).hasSize(6);
    assertThat(r.latencies().get(5).latencyMs()).isEqualTo(112.9);
  }

  @Test
  void udpBlockedJsonAndJsonLine() throws Exception {
    for (String f :
        new String[] {
          "netcheck_json_format-json_udp-blocked_https-latency-only.json",
          "netcheck_json_format-json-line_udp-blocked.txt"
        }) {
      NetcheckReport r = NetcheckJsonParser.parse(Fixtures.text(f));
      assertThat(r.udp()).as(f).isFalse();
      assertThat(r.ipv4()).isFalse();
      assertThat(r.mappingVariesByDestIp()).as("opt.Bool null").isNull();
      assertThat(r.portMapping()).as("not checked").isNull();
      assertThat(r.globalV4()).isNull();
      assertThat(r.preferredDerpLatencyMs()).isEqualTo(31.2);
      assertThat(r.time()).isEqualTo(Instant.parse("2026-08-20T12:05:01.001002003Z"));
    }
  }

  @Test
  void jsonAfterPowershellPromptAndWarningLine() throws Exception {
    NetcheckReport r =
        NetcheckJsonParser.parse(
            Fixtures.text("pasted/netcheck_json_powershell_warning-line_crlf.txt"));
    assertThat(r.udp()).isTrue();
    assertThat(r.mappingVariesByDestIp()).isTrue();
    assertThat(r.portMapping()).containsExactly("NAT-PMP");
    assertThat(r.preferredDerpLatencyMs()).isEqualTo(25.5);
    assertThat(r.time()).isEqualTo(Instant.parse("2026-08-20T12:05:01.5Z"));
  }

  @Test
  void warningLineAloneIsNoReport() {
    assertThatThrownBy(
            () -> NetcheckJsonParser.parse(Fixtures.text("netcheck_json_stderr-warning-line.txt")))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("no JSON found");
    assertThatThrownBy(() -> NetcheckTextParser.parse("hello\nworld\n"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not a netcheck report");
  }
}
