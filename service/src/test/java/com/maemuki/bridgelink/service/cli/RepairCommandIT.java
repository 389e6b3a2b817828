package com.maemuki.bridgelink.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;

/**
 * {@code bridge-link repair} as a user runs it: a separate JVM on the packaged distribution ({@code
 * service/target/dist/lib/*}) against the LocalAPI simulator on a real Unix socket; the simulator's
 * state afterwards, stdout, stderr and the exit status asserted.
 */
class RepairCommandIT {

  private static final Path DIST = Path.of("target", "dist", "lib").toAbsolutePath();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Run(int exit, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  @TempDir Path dir;
  private Path socket;
  private LocalApiSimulator simulator;

  @BeforeEach
  void start() throws Exception {
    socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
  }

  private static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-cp");
    cmd.add(DIST + "/*");
    cmd.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    cmd.add("repair");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    return p;
  }

  private static Run finish(Process p, String outSoFar) throws Exception {
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    String out = outSoFar + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err.get(10, TimeUnit.SECONDS));
  }

  private static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private Run repair(String... args) throws Exception {
    return finish(start(args), "");
  }

  @Test
  void acceptDnsTurnsCorpDnsOnAndSaysSoInJson() throws Exception {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    Run r = repair("accept-dns", "--socket", socket.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
    JsonNode j = r.json();
    assertThat(j.get("id").asString()).isEqualTo("accept-dns");
    assertThat(j.get("ok").asBoolean()).isTrue();
    // No Bridge Link service to re-check: applied, but never "cleared".
    assertThat(j.get("cleared").asBoolean()).isFalse();
    assertThat(j.get("message").asString())
        .isEqualTo(
            "This machine now accepts Tailscale's DNS settings. Applied; not verified: the Bridge"
                + " Link service could not be asked.");
  }

  @Test
  void tailscaleUpSetsWantRunningInTextMode() throws Exception {
    simulator.tailnet().stopped();
    Run r = repair("tailscale-up", "--socket", socket.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(simulator.tailnet().prefs().path("WantRunning").booleanValue()).isTrue();
    assertThat(simulator.tailnet().backendState()).isEqualTo("Running");
    assertThat(r.out()).startsWith("tailscale-up: ").hasLineCount(1);
  }

  @Test
  void reauthPrintsTheBrowseToUrlAndSucceedsWhenRunning() throws Exception {
    simulator.tailnet().needsLogin();
    Process p = start("reauth", "--socket", socket.toString(), "--no-browser");
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    String announced = simulator.tailnet().authUrl();
    assertThat(announced).startsWith("https://login.tailscale.com/a/");
    assertThat(first).isEqualTo("Open this page: " + announced);
    simulator.tailnet().running(); // the user signs in in the browser
    String result = lines.readLine(); // the child's stream is read here, not by finish()
    Run r = finish(p, "");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(result)
        .isEqualTo(
            "reauth: Signed in; Tailscale is running. Applied; not verified: the Bridge Link"
                + " service could not be asked.");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reauthInJsonReportsTheUrlAndAFailedSignInAtItsDeadline() throws Exception {
    simulator.tailnet().needsLogin();
    Run r =
        repair("reauth", "--socket", socket.toString(), "--no-browser", "--json", "--timeout", "2");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode j = r.json();
    String url = j.get("url").asString();
    assertThat(url).startsWith("https://login.tailscale.com/a/");
    assertThat(j.get("ok").asBoolean()).isFalse();
    assertThat(j.get("message").asString())
        .isEqualTo(
            "The sign-in was not completed in time; finish it at " + url + " and try again.");
    assertThat(r.err()).isEqualTo("Open this page: " + url + System.lineSeparator());
  }

  @Test
  void copyShareInstructionsCarryThisMachinesName() throws Exception {
    Run r =
        repair(
            "copy-share-instructions",
            "--socket",
            socket.toString(),
            "--subject",
            "office-pc",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("ok").asBoolean()).isTrue();
    assertThat(j.get("text").asString())
        .contains("\"office-pc\"")
        .contains("ops-ws-017.tail4e2b9c.ts.net")
        .contains("ops@example.com");
    Run text = repair("copy-share-instructions", "--socket", socket.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("ops-ws-017.tail4e2b9c.ts.net").contains("the shared computer");
  }

  @Test
  void adminConsoleNamesTheDnsPageForMagicDns() throws Exception {
    Run r =
        repair("open-admin-console", "--no-browser", "--finding", "magicdns-disabled", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.json().get("url").asString()).isEqualTo("https://login.tailscale.com/admin/dns");
  }

  @Test
  void serviceRepairsNeedTheServiceAndUnknownIdsAreRefused() throws Exception {
    Run service =
        repair(
            "open-inbound-port",
            "--port",
            "3389",
            "--ipc-socket",
            dir.resolve("no-service.sock").toString());
    assertThat(service.exit()).isEqualTo(1);
    assertThat(service.out()).isEmpty();
    assertThat(service.err()).startsWith("bridge-link repair open-inbound-port: ");
    Run unknown = repair("format-disk");
    assertThat(unknown.exit()).isEqualTo(64);
    assertThat(unknown.err()).contains("unknown repair 'format-disk'").contains("accept-dns");
    Run hostile = repair("copy-share-instructions", "--subject", "a\"; calc.exe & rem");
    assertThat(hostile.exit()).isEqualTo(64);
    assertThat(hostile.err()).contains("--subject");
    assertThat(simulator.requests()).isEmpty();
  }

  @Test
  void noDaemonIsAClearFailure() throws Exception {
    simulator.stop();
    Run r = repair("accept-dns", "--socket", socket.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "bridge-link repair accept-dns: tailscaled is not running: no LocalAPI socket at ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }
}
