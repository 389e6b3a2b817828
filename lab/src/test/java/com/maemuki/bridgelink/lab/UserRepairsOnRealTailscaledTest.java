package com.maemuki.bridgelink.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.tailscale.repair.UserRepairId;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRequest;
import com.maemuki.bridgelink.tailscale.repair.UserRepairResult;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRunner;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user repairs Linux tailscaled allows, run as the tray runs them (the same runner, in-process,
 * against the LocalAPI the service watches), each verified afterwards against tailscaled itself.
 */
@Tag("real-tailnet")
class UserRepairsOnRealTailscaledTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private final List<String> copied = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void lab() {
    RealTailnet.require();
  }

  /** Each repair starts from a usable bridge, whatever the case before it restored. */
  @BeforeEach
  void ready() throws InterruptedException {
    RealTailnet.awaitReady();
  }

  private UserRepairResult run(UserRepairId id, String findingKey) {
    UserRepairRunner runner =
        new UserRepairRunner(
            LocalApiTransports.clientFor(
                LocalApiAddress.parse(RealTailnet.bridgeSocket().toString())),
            0,
            opened::add,
            copied::add);
    return runner.run(
        id, new UserRepairRequest(null, findingKey, Instant.now().plus(id.defaultDeadline())));
  }

  private static JsonNode prefs() {
    return JSON.readTree(RealTailnet.lab("ts", "bridge", "debug", "prefs"));
  }

  private static String backendState() {
    return RealTailnet.status("bridge").path("BackendState").asString();
  }

  @Test
  void acceptDnsTurnsCorpDnsBackOn() {
    RealTailnet.fault("accept-dns-off", "bridge");
    try {
      assertThat(prefs().path("CorpDNS").asBoolean()).isFalse();
      UserRepairResult result = run(UserRepairId.ACCEPT_DNS, "dns-not-accepted");
      assertThat(result.ok()).as(result.message()).isTrue();
      assertThat(prefs().path("CorpDNS").asBoolean()).isTrue();
    } finally {
      RealTailnet.heal("accept-dns-off", "bridge");
    }
  }

  @Test
  void tailscaleUpBringsTheBridgeBackAfterDown() throws Exception {
    RealTailnet.fault("down", "bridge");
    try {
      assertThat(backendState()).isEqualTo("Stopped");
      UserRepairResult result = run(UserRepairId.TAILSCALE_UP, "backend-stopped");
      assertThat(result.ok()).as(result.message()).isTrue();
      awaitRunning();
    } finally {
      RealTailnet.heal("down", "bridge");
    }
  }

  @Test
  void reauthOpensHeadscalesLoginUrlAndTheNodeRunsOnceItIsApproved() throws Exception {
    // An expired node key keeps the control URL (after `logout` it is gone: a login would go to the
    // default control server, which the lab's tailscaled refuses to contact).
    // Without this the test passed only when a down/up test had run before it (method order).
    RealTailnet.freshControlClient();
    RealTailnet.fault("key-expired", "bridge");
    try {
      awaitState("NeedsLogin");
      Thread approver =
          new Thread(
              () -> {
                // the person at the browser: approve the URL the repair opened
                long end = System.nanoTime() + 60_000_000_000L;
                while (opened.isEmpty() && System.nanoTime() < end) {
                  sleep(100);
                }
                if (!opened.isEmpty()) {
                  RealTailnet.lab("register", opened.get(0).toString());
                }
              });
      approver.start();
      UserRepairResult result = run(UserRepairId.REAUTH, "needs-login");
      approver.join(70_000);
      assertThat(opened)
          .singleElement()
          .satisfies(u -> assertThat(u.toString()).startsWith("http://10.77.0.1:8080/"));
      assertThat(result.ok()).as(result.message()).isTrue();
      awaitRunning();
    } finally {
      RealTailnet.heal("key-expired", "bridge");
    }
  }

  @Test
  void shareInstructionsNameTheRealLogin() {
    JsonNode status = RealTailnet.status("bridge");
    String login =
        status
            .path("User")
            .path(status.path("Self").path("UserID").asString())
            .path("LoginName")
            .asString();
    assertThat(login).isNotBlank();
    UserRepairResult result = run(UserRepairId.COPY_SHARE_INSTRUCTIONS, "peer-not-in-tailnet/p1");
    assertThat(result.ok()).as(result.message()).isTrue();
    assertThat(copied).singleElement().satisfies(text -> assertThat(text).contains(login));
  }

  private static void awaitRunning() throws InterruptedException {
    awaitState("Running");
  }

  private static void awaitState(String state) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (!state.equals(backendState()) && System.nanoTime() < end) {
      Thread.sleep(250);
    }
    assertThat(backendState()).isEqualTo(state);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
