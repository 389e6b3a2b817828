package com.maemuki.bridgelink.tailscale.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

/** The user-context repairs against the LocalAPI simulator over a real Unix socket. */
class UserRepairRunnerTest {

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private final List<URI> opened = new CopyOnWriteArrayList<>();
  private final List<String> clipboard = new CopyOnWriteArrayList<>();
  private BrowserOpener browser = opened::add;

  @BeforeEach
  void start() throws Exception {
    simulator = LocalApiSimulator.start(dir.resolve("tailscaled.sock"), SampleTailnet.office());
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  /** The runner on the simulator, with this test's browser and clipboard. */
  private UserRepairRunner runner() {
    return new UserRepairRunner(
        LocalApiTransports.clientFor(LocalApiAddress.parse(simulator.socketPath().toString())),
        0,
        uri -> browser.open(uri),
        clipboard::add);
  }

  private UserRepairResult run(UserRepairId id, String findingKey, Duration within) {
    return runner().run(id, new UserRepairRequest(null, findingKey, Instant.now().plus(within)));
  }

  private List<SimRequest> requests(String method, String endpoint) {
    return simulator.requests().stream()
        .filter(r -> r.method().equals(method) && r.endpoint().equals(endpoint))
        .toList();
  }

  @Test
  void reauthOpensTheBrowseToUrlAndSucceedsWhenRunning() {
    simulator.tailnet().needsLogin();
    browser =
        uri -> {
          opened.add(uri);
          simulator.tailnet().running(); // the user completes the login in the browser
        };
    UserRepairResult result = run(UserRepairId.REAUTH, null, Duration.ofSeconds(20));
    assertThat(result.ok()).isTrue();
    assertThat(result.message()).isEqualTo("Signed in; Tailscale is running.");
    assertThat(opened).singleElement().asString().startsWith("https://login.tailscale.com/a/");
    assertThat(requests("POST", "login-interactive")).hasSize(1);
    assertThat(requests("GET", "watch-ipn-bus").get(0).query()).containsEntry("mask", "18");
  }

  @Test
  void reauthGivesUpAtTheDeadlineNamingTheUrl() {
    simulator.tailnet().needsLogin();
    UserRepairResult result = run(UserRepairId.REAUTH, null, Duration.ofMillis(700));
    assertThat(result.ok()).isFalse();
    assertThat(result.message())
        .startsWith(
            "The sign-in was not completed in time; finish it at https://login.tailscale.com/a/");
    assertThat(opened).hasSize(1);
  }

  @Test
  void acceptDnsPatchesAndVerifiesThenIsIdempotent() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    UserRepairResult first = run(UserRepairId.ACCEPT_DNS, null, Duration.ofSeconds(10));
    assertThat(first)
        .isEqualTo(
            new UserRepairResult(
                true, "This machine now accepts Tailscale's DNS settings.", false, null, null));
    List<SimRequest> patches = requests("PATCH", "prefs");
    assertThat(patches).hasSize(1);
    assertThat(new String(patches.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"CorpDNS\":true,\"CorpDNSSet\":true}");
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
    UserRepairResult second = run(UserRepairId.ACCEPT_DNS, null, Duration.ofSeconds(10));
    assertThat(second.ok()).isTrue();
    assertThat(second.message()).startsWith("Nothing to do");
    assertThat(requests("PATCH", "prefs")).hasSize(1);
  }

  @Test
  void tailscaleUpAndUnattended() {
    simulator.tailnet().stopped();
    UserRepairResult up = run(UserRepairId.TAILSCALE_UP, null, Duration.ofSeconds(10));
    // Read back from tailscaled, but nothing re-checked the finding: never "cleared".
    assertThat(up.cleared()).isFalse();
    assertThat(up.message()).isEqualTo("Tailscale is connected again.");
    assertThat(simulator.tailnet().prefs().path("WantRunning").booleanValue()).isTrue();
    simulator.tailnet().pref("ForceDaemon", BooleanNode.FALSE);
    UserRepairResult unattended = run(UserRepairId.ENABLE_UNATTENDED, null, Duration.ofSeconds(10));
    assertThat(unattended.ok()).isTrue();
    assertThat(simulator.tailnet().prefs().path("ForceDaemon").booleanValue()).isTrue();
  }

  @Test
  void shareInstructionsNameThisMachineAndItsUser() {
    UserRepairResult result =
        run(
            UserRepairId.COPY_SHARE_INSTRUCTIONS,
            "peer-not-in-tailnet/office-pc",
            Duration.ofSeconds(10));
    assertThat(result.ok()).isTrue();
    assertThat(result.message()).isEqualTo(CopyShareInstructionsRepair.COPIED);
    assertThat(clipboard).singleElement().isEqualTo(result.text());
    assertThat(result.text())
        .contains(
            "Please share your computer \"office-pc\" with the Maemuki Bridge \"ops-ws-017.tail4e2b9c.ts.net\".")
        .contains("4. Enter ops@example.com and click Send invite.")
        .contains("expires after 7 days");
  }

  @Test
  void adminConsolePages() {
    run(UserRepairId.OPEN_ADMIN_CONSOLE, "magicdns-disabled", Duration.ofSeconds(5));
    run(UserRepairId.OPEN_ADMIN_CONSOLE, "needs-machine-auth", Duration.ofSeconds(5));
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

  @Test
  void clearedComesFromTheRecheckNotFromTheReadBack() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    UserRepairRunner repairs = runner();
    List<FindingRecheck.Active> asked = new java.util.ArrayList<>();
    FindingRecheck stillThere =
        target -> {
          FindingRecheck.Active active =
              new FindingRecheck.Active("peer-name-unresolved/bridge-peer", "accept-dns");
          asked.add(active);
          return java.util.Optional.of(!target.test(active));
        };
    UserRepairResult result =
        repairs.run(
            UserRepairId.ACCEPT_DNS,
            new UserRepairRequest(null, null, Instant.now().plusSeconds(10)),
            stillThere);
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
    assertThat(result.ok()).isTrue();
    assertThat(result.cleared()).isFalse();
    assertThat(result.message())
        .isEqualTo(
            "This machine now accepts Tailscale's DNS settings. Not cleared: the Bridge Link"
                + " service's re-check still shows the problem.");
    assertThat(asked).hasSize(1);

    UserRepairResult gone =
        repairs.run(
            UserRepairId.ACCEPT_DNS,
            new UserRepairRequest(null, "dns-not-accepted", Instant.now().plusSeconds(10)),
            target -> java.util.Optional.of(true));
    assertThat(gone.cleared()).isTrue();
    assertThat(gone.message()).endsWith("Verified: the problem is gone.");
  }

  @Test
  void withoutAServiceToAskTheRepairIsAppliedButNotVerified() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    UserRepairRunner repairs = runner();
    UserRepairResult result =
        repairs.run(
            UserRepairId.ACCEPT_DNS,
            new UserRepairRequest(null, null, Instant.now().plusSeconds(10)),
            FindingRecheck.NONE);
    assertThat(result.cleared()).isFalse();
    assertThat(result.message())
        .isEqualTo(
            "This machine now accepts Tailscale's DNS settings. Applied; not verified: the Bridge"
                + " Link service could not be asked.");
  }

  @Test
  void theTargetIsTheNamedFindingElseEveryFindingTheRepairIsOfferedFor() {
    FindingRecheck.Active dns = new FindingRecheck.Active("dns-not-accepted", "accept-dns");
    FindingRecheck.Active name =
        new FindingRecheck.Active("peer-name-unresolved/bridge-peer", "accept-dns");
    FindingRecheck.Active other = new FindingRecheck.Active("path-relayed/bridge-peer", null);
    var any =
        UserRepairRunner.target(
            UserRepairId.ACCEPT_DNS, new UserRepairRequest(null, null, Instant.now()));
    assertThat(List.of(dns, name, other)).filteredOn(any).containsExactly(dns, name);
    var named =
        UserRepairRunner.target(
            UserRepairId.ACCEPT_DNS,
            new UserRepairRequest(null, "dns-not-accepted", Instant.now()));
    assertThat(List.of(dns, name, other)).filteredOn(named).containsExactly(dns);
  }
}
