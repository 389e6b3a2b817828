package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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

  @Test
  void aRejectedMaskIsABadResponseWithTheText() throws Exception {
    try (IpnBusWatch watch = client.watchIpnBus(1L << 16)) {
      assertThatThrownBy(watch::next)
          .isInstanceOfSatisfying(
              BadResponseException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
          .hasMessageContaining("only valid for in-process IPN bus subscribers");
    }
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
