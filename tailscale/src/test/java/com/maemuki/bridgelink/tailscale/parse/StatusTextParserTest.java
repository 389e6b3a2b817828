package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PeerPath;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.StatusText;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTextParserTest {

  @Test
  void windowsRunningTable() throws Exception {
    StatusText t =
        StatusTextParser.parse(Fixtures.bytes("cli_status_text_windows_running_default.txt"));
    assertThat(t.state()).isEqualTo(BackendState.RUNNING);
    List<PeerStatus> nodes = t.nodes();
    assertThat(nodes).hasSize(8);
    assertThat(nodes)
        .extracting(PeerStatus::name)
        .containsExactly(
            "ops-ws-017",
            "branch-gw",
            "build-runner",
            "fileserver",
            "home-router",
            "laptop-bob",
            "old-nas",
            "pixel-8");
    assertThat(nodes.get(1).path()).isEqualTo(PeerPath.PEER_RELAY);
    assertThat(nodes.get(1).peerRelay()).isEqualTo("198.51.100.200:7777:vni:12");
    assertThat(nodes.get(1).rxBytes()).isEqualTo(532101L);
    assertThat(nodes.get(2).fqdn()).isEqualTo("build-runner.tail9c1d33.ts.net");
    assertThat(nodes.get(2).path()).isEqualTo(PeerPath.IDLE);
    assertThat(nodes.get(2).online()).isTrue();
    assertThat(nodes.get(3).path()).isEqualTo(PeerPath.DIRECT);
    assertThat(nodes.get(3).curAddr()).isEqualTo("203.0.113.77:41641");
    assertThat(nodes.get(4).curAddr()).isEqualTo("[2001:db8:4a1::17]:41641");
    assertThat(nodes.get(4).exitNode()).isTrue();
    assertThat(nodes.get(5).path()).isEqualTo(PeerPath.DERP);
    assertThat(nodes.get(5).relay()).isEqualTo("ams");
    assertThat(nodes.get(5).os()).isEqualTo("macOS");
    assertThat(nodes.get(6).online()).isFalse();
    assertThat(nodes.get(7).firstIp()).isEqualTo("100.70.33.21");

    Status s = t.toStatus();
    assertThat(s.self().name()).isEqualTo("ops-ws-017");
    assertThat(s.ips()).containsExactly("100.87.14.52");
    assertThat(s.peerList()).hasSize(7);
  }

  @Test
  void headerFlag() throws Exception {
    StatusText t = StatusTextParser.parse(Fixtures.text("cli_status_text_header-flag.txt"));
    assertThat(t.nodes()).hasSize(1);
    assertThat(t.nodes().get(0).hostName()).isEqualTo("ops-ws-017");
    assertThat(t.toStatus().peerList()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cli_status_text_needslogin_exit1.txt, NEEDS_LOGIN, https://login.tailscale.com/a/1c9d7e2a50f3b1, 0",
    "cli_status_text_needsmachineauth_exit1.txt, NEEDS_MACHINE_AUTH, , 0",
    "cli_status_text_nostate-with-health_exit1.txt, NO_STATE, , 1",
    "cli_status_text_stopped_exit1.txt, STOPPED, , 0",
  })
  void notRunningStates(String file, BackendState state, String url, int health) throws Exception {
    StatusText t = StatusTextParser.parse(Fixtures.text(file));
    assertThat(t.state()).isEqualTo(state);
    assertThat(t.authUrl()).isEqualTo(url);
    assertThat(t.health()).hasSize(health);
    assertThat(t.nodes()).isEmpty();
    assertThat(t.toStatus().listsPeers()).isFalse();
  }

  @Test
  void daemonNotRunning() throws Exception {
    StatusText t =
        StatusTextParser.parse(
            Fixtures.text("cli_status_text_windows_daemon-not-running_STDERR_exit1.txt"));
    assertThat(t.daemonError())
        .isEqualTo(
            "failed to connect to local tailscaled process; is the Tailscale service running?");
    assertThat(t.state()).isEqualTo(BackendState.UNKNOWN);
  }

  @Test
  void cmdPromptCrlfTrimmedListAndHealth() throws Exception {
    StatusText t =
        StatusTextParser.parse(Fixtures.bytes("pasted/status_text_cmd-prompt_crlf_trimmed.txt"));
    assertThat(t.nodes())
        .extracting(PeerStatus::name)
        .containsExactly("ops-ws-017", "laptop-bob", "build-runner", "old-nas");
    assertThat(t.nodes().get(1).path()).isEqualTo(PeerPath.DERP);
    assertThat(t.nodes().get(2).path()).isEqualTo(PeerPath.IDLE);
    assertThat(t.health())
        .containsExactly("Some peers are advertising routes but --accept-routes is false");
  }

  @Test
  void nothingRecognisable() {
    assertThatThrownBy(() -> StatusTextParser.parse("just some words\n"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not tailscale status text");
  }
}
