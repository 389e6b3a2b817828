package com.maemuki.bridgelink.testkit.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The simulator answers as tailscaled does, checked with raw bytes over a real Unix socket. */
class LocalApiSimulatorTest {

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private Path socket;

  @BeforeEach
  void start() throws Exception {
    socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  private static final String HOST = "Host: local-tailscaled.sock";

  @Test
  void foreignHostOriginAndRefererAreRejectedWith403() throws Exception {
    for (String[] headers :
        new String[][] {
          {"Host: localhost"},
          {"Host: evil.example"},
          {HOST, "Origin: http://evil.example"},
          {HOST, "Referer: http://evil.example/page"}
        }) {
      String response =
          RawLocalApi.exchange(socket, RawLocalApi.request("GET", "/localapi/v0/status", headers));
      assertThat(response).startsWith("HTTP/1.1 403 Forbidden\r\n");
      assertThat(response).endsWith("\r\n\r\ninvalid localapi request\n");
    }
  }

  @Test
  void emptyHostIsAcceptedAndMissingHostIsABadRequest() throws Exception {
    assertThat(
            RawLocalApi.exchange(socket, RawLocalApi.request("GET", "/localapi/v0/prefs", "Host:")))
        .startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(RawLocalApi.exchange(socket, RawLocalApi.request("GET", "/localapi/v0/prefs")))
        .startsWith("HTTP/1.1 400 ");
  }

  @Test
  void statusIsChunkedAndTabIndented() throws Exception {
    String response =
        RawLocalApi.exchange(socket, RawLocalApi.request("GET", "/localapi/v0/status", HOST));
    assertThat(response)
        .startsWith("HTTP/1.1 200 OK\r\n")
        .contains("Transfer-Encoding: chunked\r\n");
    assertThat(response).contains("\n\t\"BackendState\": \"Running\",\n");
    assertThat(response).contains("\n\t\t\"HostName\": \"OPS-WS-017\",\n");
    assertThat(response).endsWith("\r\n0\r\n\r\n");
  }

  @Test
  void pingIsPostOnlyAndNoMatchingPeerIsA200() throws Exception {
    String get =
        RawLocalApi.exchange(
            socket,
            RawLocalApi.request("GET", "/localapi/v0/ping?ip=100.101.7.9&type=disco", HOST));
    assertThat(get).startsWith("HTTP/1.1 400 Bad Request\r\n").endsWith("\r\n\r\nwant POST\n");

    String unknown =
        RawLocalApi.exchange(
            socket,
            RawLocalApi.request("POST", "/localapi/v0/ping?ip=100.100.1.2&type=disco", HOST));
    assertThat(unknown).startsWith("HTTP/1.1 200 OK\r\n");
    JsonNode result = TabJson.MAPPER.readTree(body(unknown));
    assertThat(result.get("Err").asString()).isEqualTo("no matching peer");

    String direct =
        RawLocalApi.exchange(
            socket,
            RawLocalApi.request("POST", "/localapi/v0/ping?ip=100.101.7.9&type=disco", HOST));
    JsonNode reply = TabJson.MAPPER.readTree(body(direct));
    assertThat(reply.get("Endpoint").asString()).isEqualTo("203.0.113.77:41641");
    assertThat(reply.get("NodeName").asString()).isEqualTo("fileserver");
    assertThat(reply.get("LatencySeconds").asDouble()).isEqualTo(0.011);
  }

  @Test
  void pingParametersAreValidatedLikeTailscaled() throws Exception {
    assertThat(post("/localapi/v0/ping?type=disco")).endsWith("missing 'ip' parameter\n");
    assertThat(post("/localapi/v0/ping?ip=nonsense&type=disco")).endsWith("invalid IP\n");
    assertThat(post("/localapi/v0/ping?ip=100.101.7.9")).endsWith("missing 'type' parameter\n");
  }

  @Test
  void maskedPrefsPatchChangesOnlyTheFieldsMarkedSet() throws Exception {
    String patch = "{\"CorpDNS\":false,\"CorpDNSSet\":true,\"ShieldsUp\":true}";
    String response =
        RawLocalApi.exchange(
            socket,
            "PATCH /localapi/v0/prefs HTTP/1.1\r\n"
                + HOST
                + "\r\nConnection: close\r\nContent-Length: "
                + patch.length()
                + "\r\n\r\n"
                + patch);
    JsonNode prefs = TabJson.MAPPER.readTree(body(response));
    assertThat(prefs.get("CorpDNS").asBoolean()).isFalse();
    assertThat(prefs.get("ShieldsUp").asBoolean()).isFalse();
    assertThat(simulator.tailnet().prefs().get("CorpDNS").asBoolean()).isFalse();
  }

  @Test
  void loginInteractiveAnswers204AndMakesALoginUrl() throws Exception {
    simulator.tailnet().needsLogin();
    assertThat(post("/localapi/v0/login-interactive")).startsWith("HTTP/1.1 204 No Content\r\n");
    assertThat(simulator.tailnet().authUrl()).startsWith("https://login.tailscale.com/a/");
  }

  @Test
  void garbageFaultSendsNonHttpBytes() throws Exception {
    simulator.faults().garbage("status");
    String response =
        RawLocalApi.exchange(socket, RawLocalApi.request("GET", "/localapi/v0/status", HOST));
    assertThat(response).doesNotStartWith("HTTP/").contains("garbage");
  }

  private String post(String target) throws Exception {
    return RawLocalApi.exchange(socket, RawLocalApi.request("POST", target, HOST));
  }

  /** The body of a Content-Length response. */
  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }
}
