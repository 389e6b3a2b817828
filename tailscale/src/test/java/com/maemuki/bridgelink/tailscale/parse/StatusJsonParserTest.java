package com.maemuki.bridgelink.tailscale.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PeerPath;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusJsonParserTest {

  private static final Instant NOW = Instant.parse("2026-08-20T12:05:00Z");

  @Test
  void eightPeerLocalApiSampleHasEveryPathKind() throws Exception {
    Status s = StatusJsonParser.parse(Fixtures.bytes(Fixtures.STATUS_8_PEERS));

    assertThat(s.state()).isEqualTo(BackendState.RUNNING);
    assertThat(s.version()).isEqualTo("1.102.4-t3caf7d9e7-g084ee3b64");
    assertThat(s.ips()).containsExactly("100.87.14.52", "fd7a:115c:a1e0::c901:e34");
    assertThat(s.self().hostName()).isEqualTo("OPS-WS-017");
    assertThat(s.self().name()).isEqualTo("ops-ws-017");
    assertThat(s.self().keyExpiry()).isEqualTo(Instant.parse("2026-05-01T09:14:55Z"));
    assertThat(s.self().created()).isEqualTo(Instant.parse("2025-11-02T09:14:55.123456789Z"));
    assertThat(s.self().lastSeen()).as("Go zero time").isNull();
    assertThat(s.magicDnsEnabled()).isTrue();
    assertThat(s.dnsSuffix()).isEqualTo("tail4e2b9c.ts.net");
    assertThat(s.health()).isEmpty();
    assertThat(s.users()).hasSize(4);
    assertThat(s.users().get(4120318833192417L).loginName()).isEqualTo("ops@example.com");
    assertThat(s.peerList()).hasSize(8);

    Map<String, PeerStatus> byName =
        s.peerList().stream().collect(Collectors.toMap(PeerStatus::name, Function.identity()));
    assertThat(byName)
        .containsOnlyKeys(
            "fileserver",
            "laptop-bob",
            "pixel-8",
            "old-nas",
            "friends-laptop",
            "build-runner",
            "branch-gw",
            "home-router");
    assertThat(byName.get("fileserver").path()).isEqualTo(PeerPath.DIRECT);
    assertThat(byName.get("fileserver").curAddr()).isEqualTo("203.0.113.77:41641");
    assertThat(byName.get("fileserver").rxBytes()).isEqualTo(48213990L);
    assertThat(byName.get("fileserver").lastWrite())
        .as("local offset +02:00")
        .isEqualTo(Instant.parse("2026-08-20T12:03:11.5171234Z"));
    assertThat(byName.get("laptop-bob").path()).isEqualTo(PeerPath.DERP);
    assertThat(byName.get("laptop-bob").relay()).isEqualTo("ams");
    assertThat(byName.get("branch-gw").path()).isEqualTo(PeerPath.PEER_RELAY);
    assertThat(byName.get("branch-gw").peerRelay()).isEqualTo("198.51.100.200:7777:vni:12");
    assertThat(byName.get("home-router").path()).isEqualTo(PeerPath.DIRECT);
    assertThat(byName.get("home-router").exitNode()).isTrue();
    assertThat(byName.get("home-router").keyExpiry()).isNull();
    assertThat(byName.get("pixel-8").path()).isEqualTo(PeerPath.IDLE);
    assertThat(byName.get("pixel-8").online()).isFalse();
    assertThat(byName.get("pixel-8").hostName()).isEqualTo("localhost");
    assertThat(byName.get("pixel-8").lastSeen()).isEqualTo(Instant.parse("2026-08-18T22:40:00Z"));
    assertThat(byName.get("old-nas").expired()).isTrue();
    assertThat(byName.get("old-nas").keyExpired(NOW)).isTrue();
    assertThat(byName.get("friends-laptop").shareeNode()).isTrue();
    assertThat(byName.get("friends-laptop").sharedIn(s.dnsSuffix())).isFalse();
    assertThat(byName.get("build-runner").sharedIn(s.dnsSuffix())).isTrue();
    assertThat(byName.get("build-runner").altSharerUserId()).isEqualTo(6610447120938811L);
    assertThat(byName.get("build-runner").path()).isEqualTo(PeerPath.IDLE);
    assertThat(byName.get("fileserver").keyDaysLeft(NOW)).isEqualTo(15L);
    assertThat(byName.get("laptop-bob").keyExpired(NOW))
        .as("expiry passed but online and not flagged: extended")
        .isFalse();
    assertThat(byName.get("laptop-bob").keyDaysLeft(NOW)).isNegative();
  }

  @Test
  void cliTwoSpaceSampleEqualsTheLocalApiTabSample() throws Exception {
    Status cli =
        StatusJsonParser.parse(
            Fixtures.text(
                "status_cli-json_windows_running_same-state-as-localapi-sample_2SPACE.json"));
    Status api = StatusJsonParser.parse(Fixtures.text(Fixtures.STATUS_8_PEERS));
    assertThat(cli).isEqualTo(api);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "status_cli-json_NeedsLogin_fresh_AuthURL-empty_health-stopped.json, NeedsLogin, '', 0, Tailscale is stopped., true",
    "status_cli-json_NeedsLogin_with-AuthURL_no-netmap.json, NeedsLogin, https://login.tailscale.com/a/1c9d7e2a50f3b1, 0, You are logged out., true",
    "status_cli-json_NeedsMachineAuth.json, NeedsMachineAuth, '', 1, , true",
    "status_cli-json_NoState_starting-up.json, NoState, '', 0, Tailscale is starting. Please wait., true",
    "status_cli-json_Starting_no-derp-home_health.json, Starting, '', 2, Tailscale could not connect to any relay server. Check your Internet connection., true",
    "status_cli-json_Stopped_after-tailscale-down.json, Stopped, '', 2, Tailscale is stopped., true",
    "status_cli-json_running_magicdns-OFF_health-warnings_update-available.json, Running, '', 2, Some peers are advertising routes but --accept-routes is false, true",
    "status_localapi_peers-false_self-user-only_TAB.json, Running, '', 2, , true",
  })
  void stateSamples(
      String file, String state, String authUrl, int ips, String firstHealth, boolean listsPeers)
      throws Exception {
    Status s = StatusJsonParser.parse(Fixtures.bytes(file));
    assertThat(s.backendState()).isEqualTo(state);
    assertThat(s.authUrl()).isEqualTo(authUrl);
    assertThat(s.ips()).hasSize(ips);
    if (firstHealth == null) {
      assertThat(s.health()).isEmpty();
    } else {
      assertThat(s.health()).first().isEqualTo(firstHealth);
    }
    assertThat(s.listsPeers()).isEqualTo(listsPeers);
    assertThat(s.peerList()).isEmpty();
    assertThat(s.self().os()).isEqualTo("windows");
  }

  // ipn/ipnstate/ipnstate.go: Peer is made on the first AddPeer, so a node without peers writes
  // "Peer": null. Running, that is an empty tailnet (a revoked or expired share), not "unlisted".
  @Test
  void peerNullIsAnEmptyTailnetButAMissingPeerKeyListsNothing() throws Exception {
    Status empty = StatusJsonParser.parse("{\"BackendState\":\"Running\",\"Peer\":null}");
    assertThat(empty.listsPeers()).isTrue();
    assertThat(empty.peerList()).isEmpty();
    Status unlisted = StatusJsonParser.parse("{\"BackendState\":\"Running\"}");
    assertThat(unlisted.listsPeers()).isFalse();
  }

  // ipn/ipnlocal/local.go updateStatusLocked: Self.Online = health's in-poll-netmap flag.
  @Test
  void peerFactsAreCurrentOnlyWhileRunningInAMapPoll() throws Exception {
    assertThat(StatusJsonParser.parse(Fixtures.text(Fixtures.STATUS_8_PEERS)).peersCurrent())
        .isTrue();
    assertThat(
            StatusJsonParser.parse(
                    Fixtures.text("status_cli-json_Stopped_after-tailscale-down.json"))
                .peersCurrent())
        .isFalse();
    assertThat(
            StatusJsonParser.parse(
                    "{\"BackendState\":\"Running\",\"Self\":{\"Online\":false},\"Peer\":null}")
                .peersCurrent())
        .as("Running but out of the map poll")
        .isFalse();
  }

  @Test
  void noNetmapMeansNoIdentityAndNoTailnet() throws Exception {
    Status s = StatusJsonParser.parse(Fixtures.text("status_cli-json_NoState_starting-up.json"));
    assertThat(s.self().hasIdentity()).isFalse();
    assertThat(s.currentTailnet()).isNull();
    assertThat(s.magicDnsEnabled()).isNull();
  }

  @Test
  void magicDnsOffAndUpdateHealth() throws Exception {
    Status s =
        StatusJsonParser.parse(
            Fixtures.text(
                "status_cli-json_running_magicdns-OFF_health-warnings_update-available.json"));
    assertThat(s.magicDnsEnabled()).isFalse();
    assertThat(s.health()).hasSize(2);
    assertThat(s.health().get(1)).startsWith("An update from version 1.102.4 to 1.104.0");
  }

  @Test
  void oldVersionWithTailAddrBase64KeysEmptyStateAndPrompts() throws Exception {
    Status s =
        StatusJsonParser.parse(
            Fixtures.text("pasted/status_json_old-v1.6_tailaddr_base64-keys.json"));
    assertThat(s.backendState()).isEmpty();
    assertThat(s.state()).isEqualTo(BackendState.UNKNOWN);
    assertThat(s.ips()).containsExactly("100.101.102.103");
    assertThat(s.self().lastSeen()).isEqualTo(Instant.parse("2020-04-10T00:00:00.123Z"));
    assertThat(s.peerList()).hasSize(1);
    PeerStatus peer = s.peerList().get(0);
    assertThat(peer.publicKey()).isEqualTo("bW9ja3BlZXJrZXktYmFzZTY0LTExMTExMTExMTExMTE=");
    assertThat(peer.tailscaleIps()).containsExactly("100.90.1.2");
    assertThat(peer.name()).isEqualTo("peerbox");
    assertThat(peer.fqdn()).isEqualTo("peerbox.example.com.beta.tailscale.net");
    assertThat(peer.active()).as("no Active field before 1.14").isNull();
    assertThat(peer.online()).isNull();
    assertThat(peer.path()).isEqualTo(PeerPath.DIRECT);
    assertThat(s.users().get(12345L).displayName()).isEqualTo("Bob");
  }

  @Test
  void toleratesNullsWrongTypesAndUnknownFields() throws Exception {
    Status s =
        StatusJsonParser.parse(
            "{\"BackendState\":\"Running\",\"Self\":null,\"Peer\":{\"k\":{\"HostName\":7,"
                + "\"Online\":\"true\",\"Active\":null,\"TailscaleIPs\":\"100.1.2.3\","
                + "\"NodeID\":\"9007199254740993\",\"Future\":{\"a\":[1]}},\"junk\":3},"
                + "\"Health\":null,\"User\":[],\"CurrentTailnet\":{\"MagicDNSEnabled\":null}}");
    assertThat(s.self().hostName()).isEmpty();
    assertThat(s.health()).isEmpty();
    assertThat(s.peerList()).hasSize(1);
    PeerStatus p = s.peerList().get(0);
    assertThat(p.hostName()).isEqualTo("7");
    assertThat(p.online()).isTrue();
    assertThat(p.active()).isNull();
    assertThat(p.tailscaleIps()).containsExactly("100.1.2.3");
    assertThat(p.nodeId()).as("beyond 2^53, exact").isEqualTo(9007199254740993L);
    assertThat(s.magicDnsEnabled()).isNull();
  }

  @Test
  void clearErrorsForNonStatusInput() {
    assertThatThrownBy(() -> StatusJsonParser.parse("hello"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("no JSON found");
    assertThatThrownBy(() -> StatusJsonParser.parse("{\"BackendState\": \"Running\", \"Self\": {"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("malformed JSON at line 1")
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> StatusJsonParser.parse("{\"UDP\": true}"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("not a Tailscale status");
    assertThatThrownBy(() -> StatusJsonParser.parse("[1,2]"))
        .isInstanceOf(TailscaleParseException.class)
        .hasMessageContaining("expected a JSON object");
  }
}
