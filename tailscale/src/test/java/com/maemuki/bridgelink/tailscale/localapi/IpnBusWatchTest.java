package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** watch-ipn-bus: lines delivered as they happen, then cancelled from another thread. */
class IpnBusWatchTest extends SimulatorBackedTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void linesArriveAsTheStateChangesAndCancelEndsTheWatch() throws Exception {
    fixture.simulator.tailnet().needsLogin();
    IpnBusWatch watch = client.watchIpnBus(2 | 128);
    List<JsonNode> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              try {
                watch.forEach(line -> seen.add(JSON.readTree(line)));
              } catch (LocalApiException e) {
                throw new IllegalStateException(e);
              }
            });

    Poll.until(() -> seen.size() == 1);
    assertThat(seen.get(0).get("State").asInt()).isEqualTo(2);
    assertThat(seen.get(0).get("Health").get("Warnings").has("login-state")).isTrue();

    client.loginInteractive();
    Poll.until(() -> seen.stream().anyMatch(n -> n.get("BrowseToURL").isString()));

    fixture.simulator.tailnet().running();
    Poll.until(() -> seen.stream().anyMatch(n -> n.get("State").asInt(-1) == 6));
    assertThat(seen).as(seen.toString()).anyMatch(n -> n.get("LoginFinished").isObject());

    watch.cancel();
    reader.get(5, TimeUnit.SECONDS); // forEach returned normally
    assertThat(watch.isCancelled()).isTrue();
    assertThat(watch.next()).isEqualTo(Optional.empty());
  }

  // ipn/localapi/localapi.go serveWatchIPNBus: NotifyInProcessNoDisconnect (1<<16, v1.102+) is a
  // 400 over LocalAPI, so the client never sends it; NotifyNoPrivateKeys (1<<4 = 16) always.
  @Test
  void theMaskSentHasNoPrivateKeysAndNeverInProcessNoDisconnect() throws Exception {
    try (IpnBusWatch watch = client.watchIpnBus(2 | (1L << 16))) {
      assertThat(watch.next()).isPresent();
    }
    assertThat(fixture.simulator.requests())
        .filteredOn(r -> r.endpoint().equals("watch-ipn-bus"))
        .singleElement()
        .extracting(r -> r.query().get("mask"))
        .isEqualTo("18");
  }

  // The same file up to v1.90.x: a caller without write access (Linux, not root nor the
  // operator) is refused unless it sets NotifyNoPrivateKeys; from v1.92 the bit is a no-op.
  @ParameterizedTest(name = "tailscaled {0}")
  @ValueSource(strings = {"1.90.9-t1a2b3c4d5", "1.102.4-t3caf7d9e7-g084ee3b64"})
  void aReadOnlyWatcherIsAdmittedOnEveryVersion(String version) throws Exception {
    fixture.simulator.tailnet().version(version);
    fixture.simulator.tailnet().readOnlyCallers(true);
    try (IpnBusWatch watch = client.watchIpnBus(2 | 128)) {
      assertThat(watch.next()).get().asString().contains("\"State\"");
    }
  }

  // ipn/localapi/localapi.go servePrefs: "prefs write access denied" for a non-writer; on Linux
  // the writers are root, tailscaled's user and the --operator (ipn/ipnauth), not sudoers.
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aRefusedWriteSaysHowToBecomeTheOperator() {
    fixture.simulator.tailnet().readOnlyCallers(true);
    assertThatThrownBy(() -> client.patchPrefs("{\"CorpDNS\":true,\"CorpDNSSet\":true}"))
        .isInstanceOfSatisfying(
            AccessDeniedException.class, e -> assertThat(e.statusCode()).isEqualTo(403))
        .hasMessageContaining("prefs write access denied")
        .hasMessageContaining("sudo tailscale set --operator=$USER")
        .hasMessageContaining("sudoers are not writers");
  }

  @Test
  void theWatchEndsWhenTheDaemonGoes() throws Exception {
    IpnBusWatch watch = client.watchIpnBus(2);
    assertThat(watch.next()).isPresent();

    fixture.simulator.stop();

    assertThatThrownBy(
            () -> {
              while (watch.next().isPresent()) {
                // Drain whatever was already sent.
              }
            })
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("watch-ipn-bus");
  }
}
