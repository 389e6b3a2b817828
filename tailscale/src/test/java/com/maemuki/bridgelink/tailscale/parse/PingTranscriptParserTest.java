package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PingTranscriptParserTest {

  @Test
  void peerRelayUntilDirectFails() throws Exception {
    PingTranscript t =
        PingTranscriptParser.parse(
            Fixtures.bytes("cli_ping_peer-relay_then-until-direct_exit1.txt"));
    List<PingSummary> s = t.summaries();
    assertThat(s).hasSize(1);
    PingSummary branch = s.get(0);
    assertThat(branch.target()).isEqualTo("branch-gw");
    assertThat(branch.replies()).isEqualTo(10);
    assertThat(branch.timeouts()).isZero();
    assertThat(branch.via()).isEqualTo(PingVia.PEER_RELAY);
    assertThat(branch.endpoint()).isEqualTo("198.51.100.200:7777:vni:12");
    assertThat(branch.minMs()).isEqualTo(31.0);
    assertThat(branch.medianMs()).isEqualTo(31.0);
    assertThat(branch.maxMs()).isEqualTo(31.0);
    assertThat(branch.error()).isEqualTo("direct connection not established");
  }

  @Test
  void tsmpWithPeerApiPortAndPeerApiHit() throws Exception {
    PingSummary tsmp =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_tsmp_with-peerapi-port_exit0.txt"))
            .summaries()
            .get(0);
    assertThat(tsmp.target()).isEqualTo("fileserver");
    assertThat(tsmp.via()).isEqualTo(PingVia.TSMP);
    assertThat(tsmp.medianMs()).isEqualTo(12.0);

    PingSummary peerapi =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_peerapi_exit0.txt")).summaries().get(0);
    assertThat(peerapi.target()).isEqualTo("fileserver");
    assertThat(peerapi.via()).isEqualTo(PingVia.PEERAPI);
    assertThat(peerapi.endpoint()).isEqualTo("http://100.101.7.9:41112");
    assertThat(peerapi.maxMs()).isEqualTo(15.0);
  }

  @Test
  void errorsAndBackendStates() throws Exception {
    PingSummary noPeer =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_no-matching-peer_STDERR_exit1.txt"))
            .summaries()
            .get(0);
    assertThat(noPeer.target()).isEqualTo("unknown");
    assertThat(noPeer.error()).isEqualTo("no matching peer");
    assertThat(noPeer.replies()).isZero();

    PingSummary local =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_self-ip_is-local_STDOUT_exit0.txt"))
            .summaries()
            .get(0);
    assertThat(local.target()).isEqualTo("100.87.14.52");
    assertThat(local.error()).isEqualTo("100.87.14.52 is local Tailscale IP");

    PingSummary old =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_pre-1.26_timeout-wording.txt"))
            .summaries()
            .get(0);
    assertThat(old.timeouts()).isEqualTo(1);

    PingTranscript stopped =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_backend-stopped_STDOUT_exit1.txt"));
    assertThat(stopped.backendState()).isEqualTo(BackendState.STOPPED);
    assertThat(stopped.attempts()).isEmpty();

    PingTranscript out =
        PingTranscriptParser.parse(Fixtures.text("cli_ping_backend-logged-out_STDOUT_exit1.txt"));
    assertThat(out.backendState()).isEqualTo(BackendState.NEEDS_LOGIN);
    assertThat(out.authUrl()).isEqualTo("https://login.tailscale.com/a/1c9d7e2a50f3b1");
  }

  @Test
  void bashPromptCtrlCAndATimeoutInTheMiddle() throws Exception {
    List<PingSummary> s =
        PingTranscriptParser.parse(Fixtures.text("pasted/ping_bash-prompt_ctrl-c.txt")).summaries();
    assertThat(s).hasSize(1);
    PingSummary bob = s.get(0);
    assertThat(bob.target()).isEqualTo("laptop-bob");
    assertThat(bob.replies()).isEqualTo(3);
    assertThat(bob.timeouts()).isEqualTo(1);
    assertThat(bob.via()).as("the last reply went direct").isEqualTo(PingVia.DIRECT);
    assertThat(bob.endpoint()).isEqualTo("192.0.2.10:41641");
    assertThat(bob.minMs()).isEqualTo(12.0);
    assertThat(bob.medianMs()).isEqualTo(44.0);
    assertThat(bob.maxMs()).isEqualTo(48.0);
    assertThat(bob.error()).isEqualTo("context canceled");
  }

  @Test
  void powershellBomCrlfTwoCommands() throws Exception {
    List<PingSummary> s =
        PingTranscriptParser.parse(Fixtures.bytes("pasted/ping_powershell_bom_crlf.txt"))
            .summaries();
    assertThat(s).extracting(PingSummary::target).containsExactly("fileserver", "nas-gone");
    assertThat(s.get(0).replies()).isEqualTo(2);
    assertThat(s.get(0).via()).isEqualTo(PingVia.DIRECT);
    assertThat(s.get(0).medianMs()).isEqualTo(26.0);
    assertThat(s.get(1).error()).isEqualTo("no matching peer");
    assertThat(s.get(1).replies()).isZero();
  }

  @Test
  void goLogTimestampsAndFlagsWithValues() throws Exception {
    List<PingSummary> s =
        PingTranscriptParser.parse(Fixtures.text("pasted/ping_go-log-timestamps_timeouts.txt"))
            .summaries();
    assertThat(s).hasSize(1);
    assertThat(s.get(0).target()).isEqualTo("old-nas");
    assertThat(s.get(0).timeouts()).isEqualTo(2);
    assertThat(s.get(0).error()).isEqualTo("no reply");
    assertThat(s.get(0).via()).isNull();
    assertThat(s.get(0).medianMs()).isNull();
  }

  @Test
  void timeoutsWithoutCommandAreAttributedToTheNodeThatIpBelongsTo() throws Exception {
    String text =
        "ping \"100.96.200.3\" timed out\n"
            + "pong from laptop-bob (100.96.200.3) via DERP(ams) in 1.023s\n"
            + "pong from laptop-bob (100.96.200.3) via DERP(ams) in 0s\n";
    PingSummary s = PingTranscriptParser.parse(text).summaries().get(0);
    assertThat(s.target()).isEqualTo("laptop-bob");
    assertThat(s.timeouts()).isEqualTo(1);
    assertThat(s.replies()).isEqualTo(2);
    assertThat(s.derpRegion()).isEqualTo("ams");
    assertThat(s.maxMs()).isEqualTo(1023.0);
    assertThat(s.minMs()).isEqualTo(0.0);
  }

  @Test
  void commandTargetSkipsFlagValues() {
    assertThat(PingTranscriptParser.target(List.of("-c", "3", "--timeout", "5s", "peer")))
        .isEqualTo("peer");
    assertThat(PingTranscriptParser.target(List.of("--until-direct=false", "--tsmp", "100.1.2.3")))
        .isEqualTo("100.1.2.3");
  }

  @Test
  void notATranscript() {
    assertThatThrownBy(() -> PingTranscriptParser.parse("Report:\n\t* UDP: true\n"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not a tailscale ping transcript");
  }
}
