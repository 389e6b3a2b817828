package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.BusSnapshot;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifyJsonParserTest {

  @Test
  void loginFlowStreamFoldsToRunning() throws Exception {
    List<Notify> notes =
        NotifyJsonParser.parseStream(
            Fixtures.text("localapi_watch-ipn-bus_mask-2_login-flow_NDJSON.txt"));
    assertThat(notes).hasSize(7);
    assertThat(notes.get(0).state()).isEqualTo(BackendState.NEEDS_LOGIN);
    assertThat(notes.get(0).sessionId()).isEqualTo("bd717b467075e051");
    assertThat(notes.get(1).state()).as("null: unchanged").isNull();
    assertThat(notes.get(1).browseToUrl())
        .isEqualTo("https://login.tailscale.com/a/1c9d7e2a50f3b1");
    assertThat(notes.get(2).health()).containsOnlyKeys("login-state");
    assertThat(notes.get(2).health().get("login-state").message()).isEqualTo("You are logged out.");
    assertThat(notes.get(2).health().get("login-state").brokenSince())
        .isEqualTo(Instant.parse("2026-08-20T10:00:03.5Z"));
    assertThat(notes.get(3).state()).isEqualTo(BackendState.STARTING);
    assertThat(notes.get(4).loginFinished()).isTrue();
    assertThat(notes.get(5).health()).as("healthy again").isEmpty();

    BusSnapshot snap = BusSnapshot.fold(notes);
    assertThat(snap.state()).isEqualTo(BackendState.RUNNING);
    assertThat(snap.loginFinished()).isTrue();
    assertThat(snap.health()).isEmpty();
    assertThat(snap.messages()).isEqualTo(7);
    Status status = snap.toStatus();
    assertThat(status.state()).isEqualTo(BackendState.RUNNING);
    assertThat(status.health()).isEmpty();
    assertThat(status.listsPeers()).isFalse();
  }

  @Test
  void engineUpdates() throws Exception {
    List<Notify> notes =
        NotifyJsonParser.parseStream(
            Fixtures.text(
                "localapi_watch-ipn-bus_mask-3_initial-state-then-engine-updates_NDJSON.txt"));
    assertThat(notes).hasSize(3);
    assertThat(notes.get(0).state()).isEqualTo(BackendState.RUNNING);
    assertThat(notes.get(1).engine().rBytes()).isEqualTo(58334122L);
    assertThat(notes.get(1).engine().numLive()).isEqualTo(2);
    assertThat(notes.get(1).engine().liveDerps()).isEqualTo(1);
  }

  @Test
  void inUseOtherUserAndFellBehind() throws Exception {
    Notify inUse =
        NotifyJsonParser.parseLine(
            Fixtures.bytes(
                "localapi_watch-ipn-bus_windows_InUseOtherUser_single-line-then-blocks.txt"));
    assertThat(inUse.state()).isEqualTo(BackendState.IN_USE_OTHER_USER);
    assertThat(inUse.errMessage()).isEqualTo("Tailscale already in use by CORP\\alice, pid 7312");
    BusSnapshot snap = BusSnapshot.fold(List.of(inUse));
    assertThat(snap.toStatus().health())
        .containsExactly("Tailscale already in use by CORP\\alice, pid 7312");

    Notify behind =
        NotifyJsonParser.parseLine(
            Fixtures.text("localapi_watch-ipn-bus_consumer-fell-behind_last-line.txt"));
    assertThat(behind.errMessage()).isEqualTo("IPN bus consumer fell behind; closing watch");
    assertThat(behind.state()).isNull();
    assertThat(behind.loginFinished()).isFalse();
  }

  @Test
  void pastedStreamWithCrlfAndACutOffLastLine() throws Exception {
    List<Notify> notes =
        NotifyJsonParser.parseStream(
            Fixtures.text("pasted/bus_ndjson_crlf_truncated-last-line.txt"));
    assertThat(notes).hasSize(3);
    BusSnapshot snap = BusSnapshot.fold(notes);
    assertThat(snap.state()).isEqualTo(BackendState.NEEDS_LOGIN);
    assertThat(snap.browseToUrl()).isEqualTo("https://login.tailscale.com/a/abc123");
    Status s = snap.toStatus();
    assertThat(s.authUrl()).isEqualTo("https://login.tailscale.com/a/abc123");
    assertThat(s.health()).containsExactly("You are logged out.");
  }
}
