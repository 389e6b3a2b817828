package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingResult;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefsAndPingJsonParserTest {

  @Test
  void windowsUnattendedPrefs() throws Exception {
    Prefs p =
        PrefsJsonParser.parse(Fixtures.bytes("localapi_prefs_GET_windows-unattended_TAB.json"));
    assertThat(p.controlUrl()).isEqualTo("https://controlplane.tailscale.com");
    assertThat(p.corpDns()).isTrue();
    assertThat(p.wantRunning()).isTrue();
    assertThat(p.loggedOut()).isFalse();
    assertThat(p.forceDaemon()).isTrue();
    assertThat(p.unattended()).isTrue();
    assertThat(p.routeAll()).isFalse();
    assertThat(p.loginName()).isEqualTo("ops@example.com");
    assertThat(p.nodeId()).isEqualTo("nQ7vR2sT8w11CNTRL");
  }

  @Test
  void patchRequestBodiesAreMinimalPrefs() throws Exception {
    Prefs dns =
        PrefsJsonParser.parse(
            Fixtures.text("localapi_prefs_PATCH_request_accept-dns-false_minimal.json"));
    assertThat(dns.corpDns()).isFalse();
    assertThat(dns.forceDaemon()).isNull();
    assertThat(dns.unattended()).as("ForceDaemon is omitempty: absent means off").isFalse();
    Prefs run =
        PrefsJsonParser.parse(Fixtures.text("localapi_prefs_PATCH_request_want-running-true.json"));
    assertThat(run.wantRunning()).isTrue();
    assertThat(run.corpDns()).isNull();
  }

  @Test
  void errorBodiesAreNotPrefs() {
    assertThatThrownBy(
            () ->
                PrefsJsonParser.parse(
                    Fixtures.text("localapi_prefs_PATCH_HTTP400_error-json.json")))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not Tailscale prefs");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "localapi_ping_disco_direct-ipv4.json, 100.101.7.9, fileserver, DIRECT, '', 203.0.113.77:41641, 11.023881, ''",
    "localapi_ping_disco_direct-ipv6.json, 100.64.12.1, home-router, DIRECT, '', [2001:db8:4a1::17]:41641, 9.0, ''",
    "localapi_ping_disco_peer-relay.json, 100.99.120.5, branch-gw, PEER_RELAY, '', 198.51.100.200:7777:vni:12, 31.0, ''",
    "localapi_ping_disco_via-DERP.json, 100.96.200.3, laptop-bob, DERP, fra, '', 43.718249, ''",
    "localapi_ping_TSMP.json, 100.101.7.9, fileserver, TSMP, '', '', 12.4, ''",
    "localapi_ping_subnet-router-ip.json, 100.99.120.5, branch-gw, DERP, waw, '', 52.0, ''",
    "localapi_ping_err_no-matching-peer_HTTP200.json, '', '', , '', '', , no matching peer",
    "localapi_ping_err_is-local-ip_HTTP200.json, '', '', , '', '', , 100.87.14.52 is local Tailscale IP",
    "localapi_ping_err_local-tailscaled-stopped_HTTP200.json, 100.101.7.9, fileserver, , '', '', , local tailscaled stopped",
  })
  void pingResults(
      String file,
      String nodeIp,
      String nodeName,
      PingVia via,
      String region,
      String endpoint,
      Double latencyMs,
      String err)
      throws Exception {
    PingResult r = PingResultJsonParser.parse(Fixtures.bytes(file));
    assertThat(r.nodeIp()).isEqualTo(nodeIp);
    assertThat(r.nodeName()).isEqualTo(nodeName);
    assertThat(r.via()).isEqualTo(via);
    assertThat(r.derpRegionCode()).isEqualTo(region);
    assertThat(r.err()).isEqualTo(err);
    PingAttempt a = r.toAttempt(null);
    assertThat(a.target()).isEqualTo(r.ip());
    if (latencyMs == null) {
      assertThat(a.isReply()).isFalse();
      assertThat(a.error()).isEqualTo(err);
    } else {
      assertThat(a.latencyMs()).isCloseTo(latencyMs, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(a.endpoint()).isEqualTo(endpoint.isEmpty() ? null : endpoint);
    }
  }

  @Test
  void localIpFlagAndSubnetRouterTarget() throws Exception {
    assertThat(
            PingResultJsonParser.parse(Fixtures.text("localapi_ping_err_is-local-ip_HTTP200.json"))
                .isLocalIp())
        .isTrue();
    PingResult subnet =
        PingResultJsonParser.parse(Fixtures.text("localapi_ping_subnet-router-ip.json"));
    assertThat(subnet.ip()).isEqualTo("192.168.50.10");
    assertThat(subnet.derpRegionId()).isEqualTo(18);
    assertThat(PingResultJsonParser.parse(Fixtures.text("localapi_ping_TSMP.json")).peerApiPort())
        .isEqualTo(41112);
  }

  @Test
  void errorJsonIsNotAPingResult() {
    assertThatThrownBy(
            () ->
                PingResultJsonParser.parse(
                    Fixtures.text("localapi_ping_HTTP500_error-json_ctx-canceled.json")))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not a Tailscale ping result");
  }
}
