package com.maemuki.bridgelink.service.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bridge-link analyze} as a user runs it: a separate JVM on the packaged distribution
 * ({@code service/target/dist/lib/*}, what {@code scripts/bridge-link} runs), stdout, stderr and
 * exit status asserted. Runs in the integration-test phase, after packaging.
 */
class AnalyzeCommandIT {

  private static final Path DIST = Path.of("target", "dist", "lib").toAbsolutePath();

  record Run(int exit, String out, String err) {}

  @TempDir Path dir;

  private static Run bridgeLink(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(DIST + "/*");
    cmd.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().close();
    // Outputs are small; read stderr after stdout (the process ends either way).
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  private static String fixture(String name) {
    return Fixtures.path(name).toString();
  }

  @Test
  void textReportOfAStatusAPingAndANetcheck() throws Exception {
    Run r =
        bridgeLink(
            "analyze",
            fixture(Fixtures.STATUS_8_PEERS),
            fixture("pasted/ping_powershell_bom_crlf.txt"),
            fixture("pasted/netcheck_text_2020-format_log-lines.txt"),
            "--peer",
            "pixel-8",
            "--now",
            "2026-08-20T12:05:00Z");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("State        Running")
        .contains("Peers (8)")
        .containsPattern("laptop-bob +100\\.96\\.200\\.3 +macOS +yes +derp +ams")
        .containsPattern(
            "fileserver +2 +0 +direct 203\\.0\\.113\\.77:41641 +11\\.0 ms +26\\.0 ms +41\\.0 ms")
        .containsPattern("nas-gone +0 +0 .*no matching peer")
        .contains("Nearest DERP sin 52.1 ms")
        .contains("CRITICAL  peer-offline [pixel-8]: The shared computer is offline")
        .contains("INFO  hard-nat")
        .contains("Remedy: Ask its owner to check that the computer is on");
    assertThat(r.out()).doesNotContain("Exception");
  }

  @Test
  void jsonReportParsesWithTheContractKeys() throws Exception {
    Run r =
        bridgeLink(
            "analyze",
            "--json",
            "--now=2026-08-20T12:05:00Z",
            "--peer",
            "bridge-peer",
            fixture("status_cli-json_running_magicdns-OFF_health-warnings_update-available.json"),
            fixture("localapi_prefs_PATCH_request_accept-dns-false_minimal.json"),
            fixture("localapi_watch-ipn-bus_mask-2_login-flow_NDJSON.txt"));
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    JsonNode j = JsonMapper.builder().build().readTree(r.out());
    assertThat(j.propertyNames())
        .containsExactly(
            "inputs",
            "nothingRead",
            "self",
            "peers",
            "pings",
            "netcheck",
            "findings",
            "watched",
            "bundle");
    assertThat(j.get("inputs").findValuesAsString("kind"))
        .containsExactly("status-json", "prefs-json", "bus-ndjson");
    assertThat(j.get("self").get("magicDnsEnabled").asBoolean()).isFalse();
    assertThat(j.get("self").get("backendState").asString()).isEqualTo("Running");
    assertThat(j.get("peers").size()).isZero();
    assertThat(j.get("netcheck").isNull()).isTrue();
    assertThat(j.get("findings").findValuesAsString("code"))
        .containsExactly(
            "key-expired",
            "peer-not-in-tailnet",
            "dns-not-accepted",
            "magicdns-disabled",
            "tailscale-health",
            "tailscale-health");
    assertThat(j.get("findings").get(2).get("repair").asString()).isEqualTo("accept-dns");
  }

  @Test
  void badInputExitsThreeWithoutAStackTrace() throws Exception {
    Path garbage =
        Files.write(dir.resolve("garbage.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
    Path cut =
        Files.writeString(
            dir.resolve("cut.json"), "{\"BackendState\": \"Running\", \"Self\": {\"HostN");
    Run r =
        bridgeLink(
            "analyze",
            "--json",
            garbage.toString(),
            empty.toString(),
            cut.toString(),
            dir.resolve("missing.txt").toString(),
            dir.toString(),
            fixture("cli_status_text_stopped_exit1.txt"));
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("garbage.bin: binary data, not a text capture")
        .contains("empty.json: empty file")
        .contains("cut.json: malformed JSON at line 1")
        .contains("missing.txt: no such file")
        .contains(": is a directory, not a file")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    JsonNode j = JsonMapper.builder().build().readTree(r.out());
    assertThat(j.get("inputs").size()).isEqualTo(6);
    assertThat(j.get("inputs").get(5).get("kind").asString()).isEqualTo("status-text");
    assertThat(j.get("inputs").get(5).get("error").isNull()).isTrue();
    assertThat(j.get("findings").get(0).get("code").asString()).isEqualTo("backend-stopped");
  }

  @Test
  void usageErrorsAndHelp() throws Exception {
    Run none = bridgeLink("analyze");
    assertThat(none.exit()).isEqualTo(64);
    assertThat(none.err()).contains("Missing required parameter: 'FILE'");
    Run help = bridgeLink("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("analyze");
    Run badNow = bridgeLink("analyze", "--now", "yesterday", fixture(Fixtures.STATUS_8_PEERS));
    assertThat(badNow.exit()).isEqualTo(64);
    assertThat(badNow.err()).contains("--now");
  }
}
