package com.maemuki.bridgelink.lab.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a LocalAPI client can observe, asserted once and run against two backends: real tailscaled
 * on the lab's tailnet ({@link RealTailscaledConformanceTest}) and the test kit's simulator ({@link
 * SimulatorConformanceTest}). The simulator is a legitimate stand-in only while both pass. Every
 * expected answer here was first read off real tailscaled v1.102.5.
 */
abstract class LocalApiConformance {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** ipn.NotifyInitialState: the watch starts with the current state. */
  private static final long NOTIFY_INITIAL_STATE = 2;

  abstract LocalApiBackend backend();

  private RawLocalApi api() {
    return new RawLocalApi(backend().socket());
  }

  private JsonNode json(RawLocalApi.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return JSON.readTree(a.body());
  }

  @Test
  void statusWithPeersHasTheFieldsTheMonitorReads() throws Exception {
    RawLocalApi.Answer a = api().get("/localapi/v0/status");
    JsonNode st = json(a);
    assertThat(a.body()).as("tab-indented").contains("\n\t\"");
    assertThat(st.path("Version").isString()).isTrue();
    assertThat(st.path("BackendState").asString()).isEqualTo("Running");
    assertThat(st.path("Self").path("TailscaleIPs").get(0).asString())
        .isEqualTo(backend().selfIp());
    assertThat(st.path("CurrentTailnet").path("MagicDNSSuffix").asString()).isNotBlank();
    assertThat(st.path("Peer").isObject()).isTrue();
    assertThat(st.path("Peer").size()).isEqualTo(2);
    for (JsonNode p : st.path("Peer")) {
      assertThat(p.path("HostName").isString()).isTrue();
      assertThat(p.path("DNSName").asString()).endsWith(".");
      assertThat(p.path("TailscaleIPs").isArray()).isTrue();
      assertThat(p.path("Online").isBoolean()).isTrue();
      assertThat(p.path("Active").isBoolean()).isTrue();
      assertThat(p.path("CurAddr").isString()).isTrue();
      assertThat(p.path("Relay").isString()).isTrue();
      assertThat(p.path("ID").isString()).isTrue();
      assertThat(p.path("LastSeen").isString()).isTrue();
    }
  }

  @Test
  void aNodeWithoutPeersReportsPeerNull() throws Exception {
    backend().removeAllPeers();
    try {
      JsonNode st = json(api().get("/localapi/v0/status"));
      assertThat(st.has("Peer")).as("the Peer key is there").isTrue();
      assertThat(st.get("Peer").isNull()).as("and null: no peers, not 'peers not listed'").isTrue();
    } finally {
      backend().restorePeers();
    }
  }

  @Test
  void pingWantsPostAnIpAndAType() throws Exception {
    String ip = backend().onlinePeerIp();
    RawLocalApi.Answer get = api().get("/localapi/v0/ping?ip=" + ip + "&type=disco");
    assertThat(get.status()).isEqualTo(400);
    assertThat(get.body()).contains("want POST");
    RawLocalApi.Answer noIp = api().send("POST", "/localapi/v0/ping?type=disco", Map.of(), null);
    assertThat(noIp.status()).isEqualTo(400);
    assertThat(noIp.body()).contains("missing 'ip' parameter");
    RawLocalApi.Answer noType = api().send("POST", "/localapi/v0/ping?ip=" + ip, Map.of(), null);
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.body()).contains("missing 'type' parameter");
  }

  @Test
  void pingAnswersAnOnlinePeerAndReportsUnknownAndLocalIpsIn200() throws Exception {
    JsonNode pong =
        json(
            api()
                .send(
                    "POST",
                    "/localapi/v0/ping?ip=" + backend().onlinePeerIp() + "&type=disco",
                    Map.of(),
                    null));
    assertThat(pong.path("Err").asString("")).isEmpty();
    assertThat(pong.path("LatencySeconds").asDouble()).isPositive();
    assertThat(pong.path("NodeName").asString()).isNotBlank();
    JsonNode none =
        json(api().send("POST", "/localapi/v0/ping?ip=100.64.0.99&type=disco", Map.of(), null));
    assertThat(none.path("Err").asString()).isEqualTo("no matching peer");
    String self = backend().selfIp();
    JsonNode local =
        json(api().send("POST", "/localapi/v0/ping?ip=" + self + "&type=disco", Map.of(), null));
    assertThat(local.path("Err").asString()).isEqualTo(self + " is local Tailscale IP");
    assertThat(local.path("IsLocalIP").asBoolean()).isTrue();
  }

  @Test
  void aPingToAnOfflinePeerIsNeverAnswered() throws Exception {
    String ip = backend().onlinePeerIp();
    backend().stopOnlinePeer();
    try {
      JsonNode st = json(api().get("/localapi/v0/status"));
      JsonNode peer = null;
      for (JsonNode p : st.path("Peer")) {
        if (p.path("TailscaleIPs").get(0).asString().equals(ip)) {
          peer = p;
        }
      }
      assertThat(peer).isNotNull();
      assertThat(peer.path("Online").asBoolean()).isFalse();
      assertThat(api().postWithin("/localapi/v0/ping?ip=" + ip + "&type=disco", 4000))
          .as("tailscaled has no server-side deadline for a ping: only the client's ends it")
          .isEmpty();
    } finally {
      backend().startOnlinePeer();
    }
  }

  @Test
  void prefsPatchRoundTripsAndRejectsGarbage() throws Exception {
    JsonNode before = json(api().get("/localapi/v0/prefs"));
    assertThat(before.path("CorpDNS").asBoolean()).isTrue();
    assertThat(before.path("WantRunning").asBoolean()).isTrue();
    try {
      JsonNode patched =
          json(
              api()
                  .send(
                      "PATCH",
                      "/localapi/v0/prefs",
                      Map.of(),
                      "{\"CorpDNS\":false,\"CorpDNSSet\":true}"));
      assertThat(patched.path("CorpDNS").asBoolean()).isFalse();
      assertThat(json(api().get("/localapi/v0/prefs")).path("CorpDNS").asBoolean()).isFalse();
    } finally {
      json(
          api()
              .send(
                  "PATCH",
                  "/localapi/v0/prefs",
                  Map.of(),
                  "{\"CorpDNS\":true,\"CorpDNSSet\":true}"));
    }
    RawLocalApi.Answer garbage = api().send("PATCH", "/localapi/v0/prefs", Map.of(), "{bad");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(json(api().get("/localapi/v0/prefs")).path("CorpDNS").asBoolean()).isTrue();
  }

  @Test
  void aForeignHostOrAnOriginIsRefusedAndUnknownPathsAre404() throws Exception {
    RawLocalApi.Answer host =
        api().send("GET", "/localapi/v0/status", Map.of("Host", "example.com"), null);
    assertThat(host.status()).isEqualTo(403);
    assertThat(host.body()).contains("invalid localapi request");
    RawLocalApi.Answer origin =
        api().send("GET", "/localapi/v0/status", Map.of("Origin", "http://example.com"), null);
    assertThat(origin.status()).isEqualTo(403);
    assertThat(origin.body()).contains("invalid localapi request");
    assertThat(api().get("/localapi/v0/no-such-endpoint").status()).isEqualTo(404);
  }

  @Test
  void loginInteractiveWantsPostAndServerStatusSaysReady() throws Exception {
    RawLocalApi.Answer get = api().get("/localapi/v0/login-interactive");
    assertThat(get.status()).isEqualTo(400);
    assertThat(get.body()).contains("want POST");
    RawLocalApi.Answer ready = api().get("/server-status");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(JSON.readTree(ready.body()).isObject()).isTrue();
  }

  /**
   * A node that needs login: {@code POST login-interactive} answers 204 at once, and the login URL
   * control hands out arrives on the caller's bus watch as {@code BrowseToURL} — under the node's
   * own control server (headscale's {@code /register/…} in the lab) — and as the status's {@code
   * AuthURL}. Approving it brings the node back to Running, announced on the same watch.
   */
  @Test
  void loginInteractiveDeliversControlsLoginUrlAsBrowseToUrl() throws Exception {
    String control = json(api().get("/localapi/v0/prefs")).path("ControlURL").asString();
    assertThat(control).startsWith("http");
    backend().requireLogin();
    try (RawLocalApi.Bus bus = api().watch(NOTIFY_INITIAL_STATE)) {
      JsonNode initial = message(bus, 10_000);
      assertThat(bus.status()).isEqualTo(200);
      assertThat(initial.path("State").asInt()).as("NeedsLogin").isEqualTo(2);
      RawLocalApi.Answer post =
          api().send("POST", "/localapi/v0/login-interactive", Map.of(), null);
      assertThat(post.status()).as(post.body()).isEqualTo(204);
      // the initial message may carry an old URL: the one to open arrives after the call
      String url = null;
      long end = System.nanoTime() + 30_000_000_000L;
      while (url == null && System.nanoTime() < end) {
        JsonNode n = message(bus, 1000);
        if (n != null && n.path("BrowseToURL").isString()) {
          url = n.path("BrowseToURL").asString();
        }
      }
      assertThat(url).as("BrowseToURL on the caller's watch").startsWith(control + "/");
      assertThat(json(api().get("/localapi/v0/status")).path("AuthURL").asString()).isEqualTo(url);
      backend().approveLogin(url);
      boolean running = false;
      end = System.nanoTime() + 60_000_000_000L;
      while (!running && System.nanoTime() < end) {
        JsonNode n = message(bus, 1000);
        running = n != null && n.path("State").asInt(-1) == 6;
      }
      assertThat(running).as("State Running on the watch after the approval").isTrue();
    } finally {
      backend().restoreLogin();
    }
  }

  private static JsonNode message(RawLocalApi.Bus bus, long ms) throws InterruptedException {
    String line = bus.next(ms);
    return line == null ? null : JSON.readTree(line);
  }
}
