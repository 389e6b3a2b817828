package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.testkit.localapi.PingScript;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client's endpoints against the simulator on a real Unix socket. */
class LocalApiClientTest extends SimulatorBackedTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void statusReturnsTheWholeChunkedDocument() throws Exception {
    String body = client.status();

    assertThat(body).startsWith("{\n\t\"Version\": ").endsWith("}\n");
    JsonNode status = JSON.readTree(body);
    assertThat(status.get("BackendState").asString()).isEqualTo("Running");
    assertThat(status.get("Self").get("HostName").asString()).isEqualTo("OPS-WS-017");
    assertThat(status.get("Peer").size()).isEqualTo(6);
  }

  @Test
  void statusWithoutPeersAsksWithPeersFalse() throws Exception {
    JsonNode status = JSON.readTree(client.status(false));

    assertThat(status.get("Peer").isNull()).isTrue();
    assertThat(lastRequest().target()).isEqualTo("/localapi/v0/status?peers=false");
  }

  @Test
  void requestsCarryTheLocalApiHostAndNoOriginOrReferer() throws Exception {
    client.status();

    SimRequest sent = lastRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.header("host")).isEqualTo("local-tailscaled.sock");
    assertThat(sent.header("origin")).isNull();
    assertThat(sent.header("referer")).isNull();
  }

  @Test
  void aChangeToTheTailnetIsSeenByTheNextRequest() throws Exception {
    fixture.simulator.tailnet().peer("fileserver").online(false);

    JsonNode status = JSON.readTree(client.status());
    JsonNode fileserver =
        status
            .get("Peer")
            .valueStream()
            .filter(p -> p.get("HostName").asString().equals("fileserver"))
            .findFirst()
            .orElseThrow();
    assertThat(fileserver.get("Online").asBoolean()).isFalse();
  }

  @Test
  void prefsGetAndPatch() throws Exception {
    assertThat(JSON.readTree(client.prefs()).get("CorpDNS").asBoolean()).isTrue();

    String updated = client.patchPrefs(Map.of("CorpDNS", false, "CorpDNSSet", true));

    assertThat(JSON.readTree(updated).get("CorpDNS").asBoolean()).isFalse();
    assertThat(JSON.readTree(client.prefs()).get("CorpDNS").asBoolean()).isFalse();
    SimRequest patch =
        fixture.simulator.requests().stream()
            .filter(r -> r.method().equals("PATCH"))
            .findFirst()
            .orElseThrow();
    assertThat(patch.header("content-type")).isEqualTo("application/json");
    assertThat(JSON.readTree(patch.body()).get("CorpDNSSet").asBoolean()).isTrue();
  }

  @Test
  void prefsPatchAsTextStopsTheBackend() throws Exception {
    client.patchPrefs("{\"WantRunning\":false,\"WantRunningSet\":true}");

    assertThat(JSON.readTree(client.status()).get("BackendState").asString()).isEqualTo("Stopped");
  }

  @Test
  void pingReportsEachPathAndNoMatchingPeerAsAResult() throws Exception {
    Duration deadline = Duration.ofSeconds(3);
    JsonNode direct = JSON.readTree(client.ping("100.101.7.9", PingType.DISCO, deadline));
    JsonNode derp = JSON.readTree(client.ping("100.96.200.3", PingType.DISCO, deadline));
    JsonNode relay = JSON.readTree(client.ping("100.99.120.5", PingType.DISCO, deadline));
    JsonNode nobody = JSON.readTree(client.ping("100.100.1.2", PingType.DISCO, deadline));

    assertThat(direct.get("Endpoint").asString()).isEqualTo("203.0.113.77:41641");
    assertThat(derp.get("DERPRegionCode").asString()).isEqualTo("ams");
    assertThat(relay.get("PeerRelay").asString()).isEqualTo("198.51.100.200:7777:vni:12");
    assertThat(nobody.get("Err").asString()).isEqualTo("no matching peer");
    assertThat(lastRequest().method()).isEqualTo("POST");
    assertThat(lastRequest().target()).isEqualTo("/localapi/v0/ping?ip=100.100.1.2&type=disco");
  }

  @Test
  void pingOfAnUnreachablePeerTimesOutAtItsDeadlineAndClosesTheConnection() throws Exception {
    fixture.simulator.tailnet().pingScript("100.101.7.9", PingScript.never());
    Duration deadline = Duration.ofMillis(700);

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.ping("100.101.7.9", PingType.TSMP, deadline))
        .isInstanceOf(LocalApiTimeoutException.class)
        .hasMessageContaining("ping")
        .hasMessageContaining("700 ms");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isGreaterThanOrEqualTo(deadline).isLessThan(deadline.plusSeconds(2));
    // The simulator's handler sees the client close the connection and gives up too.
    Poll.until(() -> fixture.simulator.requests().size() == 1 && allConnectionsClosed());
  }

  private boolean allConnectionsClosed() {
    try {
      client.status(false); // A fresh request still works: nothing was left stuck.
      return true;
    } catch (LocalApiException e) {
      return false;
    }
  }

  @Test
  void loginInteractiveThenBugReport() throws Exception {
    fixture.simulator.tailnet().needsLogin();

    client.loginInteractive();
    String marker = client.bugReport("link drops at night", false);

    assertThat(fixture.simulator.tailnet().authUrl()).startsWith("https://login.tailscale.com/a/");
    assertThat(marker).matches("BUG-[0-9a-f]{64}-\\d{14}Z-[0-9a-f]{16}");
    assertThat(lastRequest().target()).isEqualTo("/localapi/v0/bugreport?note=link+drops+at+night");
  }

  private SimRequest lastRequest() {
    var requests = fixture.simulator.requests();
    return requests.get(requests.size() - 1);
  }
}
