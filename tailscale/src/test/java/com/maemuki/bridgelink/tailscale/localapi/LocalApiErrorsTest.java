package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No daemon, and tailscaled's error bodies, mapped to the typed errors with their text. */
class LocalApiErrorsTest extends SimulatorBackedTest {

  @Test
  void aMissingSocketMeansTheDaemonIsNotRunning() {
    LocalApiClient nowhere = new LocalApiClient(new UnixSocketDialer(dir.resolve("absent.sock")));

    assertThatThrownBy(nowhere::status)
        .isInstanceOfSatisfying(
            DaemonUnavailableException.class, e -> assertThat(e.address()).endsWith("absent.sock"))
        .hasMessageContaining("tailscaled is not running: no LocalAPI socket at ")
        .hasMessageContaining("systemctl start tailscaled")
        .hasMessageContaining("--socket PATH");
  }

  @Test
  void aSocketNobodyListensOnMeansTheDaemonIsNotRunning() throws Exception {
    fixture.simulator.stopKeepingSocketFile();

    assertThat(fixture.socket).exists();
    assertThatThrownBy(client::status)
        .isInstanceOf(DaemonUnavailableException.class)
        .hasMessageContaining("nothing is listening on " + fixture.socket);
  }

  @Test
  void theDaemonGoingAndComingBack() throws Exception {
    fixture.simulator.stop();
    assertThatThrownBy(client::status).isInstanceOf(DaemonUnavailableException.class);

    fixture.simulator.restart();
    assertThat(client.status()).contains("\"BackendState\": \"Running\"");
  }

  @Test
  void forbiddenIsAccessDeniedWithTheServersText() {
    fixture.simulator.faults().httpError("prefs", 403, "prefs write access denied");

    assertThatThrownBy(() -> client.patchPrefs("{\"CorpDNS\":false,\"CorpDNSSet\":true}"))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.serverMessage()).isEqualTo("prefs write access denied");
            })
        .hasMessageStartingWith(
            "tailscaled denied access to prefs (HTTP 403): prefs write access denied");
  }

  @Test
  void unauthorizedIsAccessDeniedToo() {
    fixture
        .simulator
        .faults()
        .httpError("status", 401, "Tailscale already in use by CORP\\alice, pid 4242");

    assertThatThrownBy(client::status)
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e ->
                assertThat(e.serverMessage())
                    .isEqualTo("Tailscale already in use by CORP\\alice, pid 4242"));
  }

  @Test
  void jsonErrorBodiesGiveTheirErrorField() {
    fixture.simulator.faults().jsonError("ping", 500, "context canceled");
    fixture
        .simulator
        .faults()
        .respond(
            "prefs",
            400,
            "application/json",
            "{\"Error\":\"disconnect not allowed: always-on mode is enabled\"}");

    assertThatThrownBy(
            () -> client.ping("100.101.7.9", PingType.DISCO, java.time.Duration.ofSeconds(2)))
        .isInstanceOfSatisfying(
            BadResponseException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.serverMessage()).isEqualTo("context canceled");
            })
        .hasMessage("tailscaled answered ping with HTTP 500: context canceled");
    assertThatThrownBy(() -> client.patchPrefs("{}"))
        .isInstanceOfSatisfying(
            BadResponseException.class,
            e ->
                assertThat(e.serverMessage())
                    .isEqualTo("disconnect not allowed: always-on mode is enabled"));
  }

  @Test
  void plainTextErrorBodiesAreTrimmed() {
    fixture.simulator.faults().httpError("status", 500, "  backend error  ");

    assertThatThrownBy(client::status)
        .isInstanceOfSatisfying(
            BadResponseException.class,
            e -> assertThat(e.serverMessage()).isEqualTo("backend error"));
  }

  // The operator hint is about tailscaled's Unix-socket writers (ipn/ipnauth); over the Windows
  // pipe a 403 means another user holds tailscaled, so the transport, not the OS, picks the rule.
  @Test
  void theOperatorHintFollowsTheTransport() {
    byte[] body = "{\"error\":\"prefs write access denied\"}".getBytes();

    assertThat(LocalApiClient.errorFor("prefs", 403, body, true).getMessage())
        .contains("sudo tailscale set --operator=$USER");
    assertThat(LocalApiClient.errorFor("prefs", 403, body, false).getMessage())
        .isEqualTo("tailscaled denied access to prefs (HTTP 403): prefs write access denied");
  }
}
