package com.maemuki.bridgelink.service.repair.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

/** The user-context repairs against the LocalAPI simulator over a real Unix socket. */
class UserRepairsEndToEndTest {

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private LocalApiClient client;
  private final List<URI> opened = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    Path socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
    client = new LocalApiClient(new UnixSocketDialer(socket));
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  private static RepairContext within(Duration d) {
    return new RepairContext(Map.of(), null, Instant.now().plus(d));
  }

  private List<SimRequest> requests(String method, String endpoint) {
    return simulator.requests().stream()
        .filter(r -> r.method().equals(method) && r.endpoint().equals(endpoint))
        .toList();
  }

  @Test
  void reauthOpensTheBrowseToUrlAndSucceedsWhenRunning() {
    simulator.tailnet().needsLogin();
    BrowserOpener browserThatSignsIn =
        uri -> {
          opened.add(uri);
          simulator.tailnet().running(); // the user completes the login in the browser
        };
    RepairOutcome outcome =
        new ReauthRepair(client, browserThatSignsIn).run(within(Duration.ofSeconds(20)));
    assertThat(outcome.ok()).isTrue();
    assertThat(outcome.message()).isEqualTo("Signed in; Tailscale is running.");
    assertThat(opened).singleElement().asString().startsWith("https://login.tailscale.com/a/");
    assertThat(requests("POST", "login-interactive")).hasSize(1);
    assertThat(requests("GET", "watch-ipn-bus").get(0).query()).containsEntry("mask", "18");
  }

  @Test
  void reauthGivesUpAtTheDeadlineNamingTheUrl() {
    simulator.tailnet().needsLogin();
    RepairOutcome outcome =
        new ReauthRepair(client, opened::add).run(within(Duration.ofMillis(700)));
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.message())
        .startsWith(
            "The sign-in was not completed in time; finish it at https://login.tailscale.com/a/");
    assertThat(opened).hasSize(1);
  }

  @Test
  void acceptDnsPatchesAndVerifiesThenIsIdempotent() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    PrefsRepair repair = PrefsRepair.acceptDns(client);
    RepairOutcome first = repair.run(within(Duration.ofSeconds(10)));
    assertThat(first)
        .isEqualTo(
            new RepairOutcome(true, "This machine now accepts Tailscale's DNS settings.", true));
    List<SimRequest> patches = requests("PATCH", "prefs");
    assertThat(patches).hasSize(1);
    assertThat(new String(patches.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"CorpDNS\":true,\"CorpDNSSet\":true}");
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
    RepairOutcome second = repair.run(within(Duration.ofSeconds(10)));
    assertThat(second.ok()).isTrue();
    assertThat(second.message()).startsWith("Nothing to do");
    assertThat(requests("PATCH", "prefs")).hasSize(1);
  }

  @Test
  void tailscaleUpAndUnattended() {
    simulator.tailnet().stopped();
    assertThat(PrefsRepair.tailscaleUp(client).run(within(Duration.ofSeconds(10))).cleared())
        .isTrue();
    assertThat(simulator.tailnet().prefs().path("WantRunning").booleanValue()).isTrue();
    simulator.tailnet().pref("ForceDaemon", BooleanNode.FALSE);
    RepairOutcome unattended =
        PrefsRepair.enableUnattended(client).run(within(Duration.ofSeconds(10)));
    assertThat(unattended.ok()).isTrue();
    assertThat(simulator.tailnet().prefs().path("ForceDaemon").booleanValue()).isTrue();
  }

  @Test
  void shareInstructionsNameThisMachineAndItsUser() {
    List<String> clipboard = new ArrayList<>();
    RepairOutcome outcome =
        new CopyShareInstructionsRepair(client, clipboard::add)
            .run(
                new RepairContext(
                    Map.of(), "peer-not-in-tailnet/office-pc", Instant.now().plusSeconds(10)));
    assertThat(outcome.ok()).isTrue();
    assertThat(clipboard).singleElement().isEqualTo(outcome.message());
    assertThat(outcome.message())
        .contains(
            "Please share your computer \"office-pc\" with the Maemuki Bridge \"ops-ws-017.tail4e2b9c.ts.net\".")
        .contains("4. Enter ops@example.com and click Send invite.")
        .contains("expires after 7 days");
  }

  @Test
  void adminConsolePages() {
    new OpenAdminConsoleRepair(opened::add)
        .run(new RepairContext(Map.of(), "magicdns-disabled", Instant.now().plusSeconds(5)));
    new OpenAdminConsoleRepair(opened::add)
        .run(new RepairContext(Map.of(), "needs-machine-auth", Instant.now().plusSeconds(5)));
    assertThat(opened).containsExactly(AdminConsole.DNS, AdminConsole.MACHINES);
  }

  @Test
  void onlyWebAddressesReachTheBrowser() {
    assertThat(LoginUrls.safe("https://login.tailscale.com/a/abc")).isPresent();
    assertThat(LoginUrls.safe("file:///C:/Windows/System32/calc.exe")).isEmpty();
    assertThat(LoginUrls.safe("javascript:alert(1)")).isEmpty();
    assertThat(LoginUrls.safe("https://user:pw@evil.example/")).isEmpty();
    assertThat(LoginUrls.safe("calc.exe")).isEmpty();
    assertThat(LoginUrls.safe("https://x/" + "a".repeat(3000))).isEmpty();
  }
}
