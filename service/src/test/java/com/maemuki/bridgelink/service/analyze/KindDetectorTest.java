package com.maemuki.bridgelink.service.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture is classified; a new fixture without an expectation fails the coverage test. */
class KindDetectorTest {

  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    String[] rows = {
      // real tailscale v1.102.5 captures from the lab (lab/capture.sh)
      "real-1.102.5/ip_4.txt=unknown",
      "real-1.102.5/localapi_prefs_healthy.json=prefs-json",
      "real-1.102.5/localapi_prefs_logged-out.json=prefs-json",
      "real-1.102.5/localapi_profiles-current_logged-out.json=unknown",
      "real-1.102.5/localapi_status_healthy.json=status-json",
      "real-1.102.5/netcheck.json=netcheck-json",
      "real-1.102.5/netcheck_text.txt=netcheck-text",
      "real-1.102.5/ping_p1_backend-stopped.txt=ping-transcript",
      "real-1.102.5/ping_p1_direct.txt=ping-transcript",
      "real-1.102.5/ping_p1_offline.txt=ping-transcript",
      "real-1.102.5/ping_p1_udp-blocked.txt=ping-transcript",
      "real-1.102.5/ping_unknown_name.txt=ping-transcript",
      "real-1.102.5/status_json_healthy.json=status-json",
      "real-1.102.5/status_json_logged-out.json=status-json",
      "real-1.102.5/status_json_no-peers.json=status-json",
      "real-1.102.5/status_json_peer-offline.json=status-json",
      "real-1.102.5/status_json_stopped.json=status-json",
      "real-1.102.5/status_json_udp-blocked.json=status-json",
      "real-1.102.5/status_text_healthy.txt=status-text",
      "real-1.102.5/status_text_logged-out.txt=status-text",
      "real-1.102.5/status_text_no-peers.txt=status-text",
      "real-1.102.5/status_text_peer-offline.txt=status-text",
      "real-1.102.5/status_text_stopped.txt=status-text",
      "cli_any_daemon-process-found-but-connect-failed_STDERR_exit1_TEMPLATE.txt=status-text",
      "cli_any_localapi-dial-failed_wrapped-error_TEMPLATE.txt=status-text",
      "cli_bugreport_default.txt=unknown",
      "cli_bugreport_no-logs-no-support.txt=unknown",
      "cli_bugreport_record.txt=unknown",
      "cli_ip_-4_no-ips_STDERR_exit1.txt=unknown",
      "cli_ip_-4_ok.txt=unknown",
      "cli_ip_default_v4-and-v6.txt=unknown",
      "cli_netcheck_text_current-format_udp-true.txt=netcheck-text",
      "cli_ping_backend-logged-out_STDOUT_exit1.txt=ping-transcript",
      "cli_ping_backend-stopped_STDOUT_exit1.txt=ping-transcript",
      "cli_ping_no-matching-peer_STDERR_exit1.txt=ping-transcript",
      "cli_ping_peer-relay_then-until-direct_exit1.txt=ping-transcript",
      "cli_ping_peerapi_exit0.txt=ping-transcript",
      "cli_ping_pre-1.26_timeout-wording.txt=ping-transcript",
      "cli_ping_self-ip_is-local_STDOUT_exit0.txt=ping-transcript",
      "cli_ping_tsmp_with-peerapi-port_exit0.txt=ping-transcript",
      "cli_set_accept-dns-false_success_no-output.txt=unknown",
      "cli_status_text_header-flag.txt=status-text",
      "cli_status_text_needslogin_exit1.txt=status-text",
      "cli_status_text_needsmachineauth_exit1.txt=status-text",
      "cli_status_text_nostate-with-health_exit1.txt=status-text",
      "cli_status_text_stopped_exit1.txt=status-text",
      "cli_status_text_windows_daemon-not-running_STDERR_exit1.txt=status-text",
      "cli_status_text_windows_running_default.txt=status-text",
      "cli_up_json_login-flow_STDOUT.txt=status-json",
      "cli_up_json_needs-machine-auth_STDOUT.txt=status-json",
      "cli_up_text_login-flow_STDERR.txt=unknown",
      "cli_up_timeout_STDERR_exit1.txt=unknown",
      "cli_version_mismatch_warning_STDERR.txt=unknown",
      "localapi_403_bodies.txt=unknown",
      "localapi_bugreport_POST_response.txt=unknown",
      "localapi_check-ip-forwarding_ok.json=unknown",
      "localapi_check-prefs_ok.json=unknown",
      "localapi_ping_HTTP400_bodies.txt=unknown",
      "localapi_ping_HTTP500_error-json_ctx-canceled.json=unknown",
      "localapi_ping_TSMP.json=ping-json",
      "localapi_ping_disco_direct-ipv4.json=ping-json",
      "localapi_ping_disco_direct-ipv6.json=ping-json",
      "localapi_ping_disco_peer-relay.json=ping-json",
      "localapi_ping_disco_via-DERP.json=ping-json",
      "localapi_ping_err_is-local-ip_HTTP200.json=ping-json",
      "localapi_ping_err_local-tailscaled-stopped_HTTP200.json=ping-json",
      "localapi_ping_err_no-matching-peer_HTTP200.json=ping-json",
      "localapi_ping_subnet-router-ip.json=ping-json",
      "localapi_prefs_GET_windows-unattended_TAB.json=prefs-json",
      "localapi_prefs_PATCH_HTTP400_error-json.json=unknown",
      "localapi_prefs_PATCH_request_accept-dns-false_minimal.json=prefs-json",
      "localapi_prefs_PATCH_request_want-running-true.json=prefs-json",
      "localapi_root_GET_slash.txt=unknown",
      "localapi_server-status_GET_backend-not-ready_HTTP503.json=unknown",
      "localapi_start_POST_request_ipn-Options.json=unknown",
      "localapi_watch-ipn-bus_HTTP400_bodies.txt=unknown",
      "localapi_watch-ipn-bus_consumer-fell-behind_last-line.txt=bus-ndjson",
      "localapi_watch-ipn-bus_mask-2_login-flow_NDJSON.txt=bus-ndjson",
      "localapi_watch-ipn-bus_mask-3_initial-state-then-engine-updates_NDJSON.txt=bus-ndjson",
      "localapi_watch-ipn-bus_windows_InUseOtherUser_single-line-then-blocks.txt=bus-ndjson",
      "netcheck_json_format-json-line_udp-blocked.txt=netcheck-json",
      "netcheck_json_format-json_healthy_udp-v4-v6.json=netcheck-json",
      "netcheck_json_format-json_udp-blocked_https-latency-only.json=netcheck-json",
      "netcheck_json_stderr-warning-line.txt=unknown",
      "pasted/bus_ndjson_crlf_truncated-last-line.txt=bus-ndjson",
      "pasted/netcheck_json_powershell_warning-line_crlf.txt=netcheck-json",
      "pasted/netcheck_text_2020-format_log-lines.txt=netcheck-text",
      "pasted/ping_bash-prompt_ctrl-c.txt=ping-transcript",
      "pasted/ping_go-log-timestamps_timeouts.txt=ping-transcript",
      "pasted/ping_powershell_bom_crlf.txt=ping-transcript",
      "pasted/status_json_old-v1.6_tailaddr_base64-keys.json=status-json",
      "pasted/status_text_cmd-prompt_crlf_trimmed.txt=status-text",
      "status_cli-json_NeedsLogin_fresh_AuthURL-empty_health-stopped.json=status-json",
      "status_cli-json_NeedsLogin_with-AuthURL_no-netmap.json=status-json",
      "status_cli-json_NeedsMachineAuth.json=status-json",
      "status_cli-json_NoState_starting-up.json=status-json",
      "status_cli-json_Starting_no-derp-home_health.json=status-json",
      "status_cli-json_Stopped_after-tailscale-down.json=status-json",
      "status_cli-json_running_magicdns-OFF_health-warnings_update-available.json=status-json",
      "status_cli-json_windows_running_same-state-as-localapi-sample_2SPACE.json=status-json",
      "status_localapi_peers-false_self-user-only_TAB.json=status-json",
      Fixtures.STATUS_8_PEERS + "=status-json",
    };
    for (String r : rows) {
      int eq = r.lastIndexOf('=');
      EXPECTED.put(r.substring(0, eq), r.substring(eq + 1));
    }
  }

  static Stream<Arguments> fixtures() {
    return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void everyFixtureHasAnExpectation() {
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(Fixtures.all());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("fixtures")
  void detects(String fixture, String kind) {
    KindDetector.Detected d = KindDetector.detect(fixture, Fixtures.bytes(fixture));
    assertThat(d.kind().wireName()).as(String.valueOf(d.error())).isEqualTo(kind);
    if (kind.equals("unknown")) {
      assertThat(d.error()).isNotBlank();
      assertThat(d.capture()).isNull();
    } else {
      assertThat(d.error()).isNull();
      assertThat(d.capture().kind().wireName()).isEqualTo(kind);
    }
  }

  @Test
  void unknownReasonsSayWhy() {
    assertThat(detect("cli_set_accept-dns-false_success_no-output.txt").error())
        .isEqualTo("empty file");
    assertThat(detect("localapi_ping_HTTP500_error-json_ctx-canceled.json").error())
        .isEqualTo("a LocalAPI error response: context canceled");
    assertThat(detect("localapi_start_POST_request_ipn-Options.json").error())
        .isEqualTo("JSON, but not a Tailscale capture (keys: FrontendLogID, UpdatePrefs, AuthKey)");
    assertThat(detect("netcheck_json_stderr-warning-line.txt").error())
        .startsWith("not a Tailscale capture");
    assertThat(KindDetector.detect("x.bin", new byte[] {1, 2, 0, 3, (byte) 0xFF}).error())
        .isEqualTo("binary data, not a text capture");
    assertThat(KindDetector.detect("cut.json", "{\"BackendState\": \"Runn".getBytes()).error())
        .contains("cut short");
  }

  @Test
  void upJsonTakesTheFinalState() {
    Capture c = detect("cli_up_json_login-flow_STDOUT.txt").capture();
    assertThat(((Capture.StatusJson) c).status().backendState()).isEqualTo("Running");
  }

  private static KindDetector.Detected detect(String fixture) {
    return KindDetector.detect(fixture, Fixtures.bytes(fixture));
  }
}
