package com.maemuki.bridgelink.service.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.check.CheckSettings;
import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzerTest {

  private static final Instant CAPTURED = Instant.parse("2026-08-20T12:05:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private final Analyzer analyzer = new Analyzer(CheckSettings.defaults());

  private AnalysisReport analyze(List<String> peers, String... fixtures) {
    List<Path> files = new ArrayList<>();
    for (String f : fixtures) {
      files.add(Fixtures.path(f));
    }
    return analyzer.analyze(files, peers, CAPTURED);
  }

  private static JsonNode json(AnalysisReport r) {
    return JSON.readTree(JsonReport.render(r));
  }

  @Test
  void jsonHasExactlyTheContractKeys() {
    JsonNode j =
        json(
            analyze(
                List.of("laptop-bob"),
                Fixtures.STATUS_8_PEERS,
                "cli_ping_peer-relay_then-until-direct_exit1.txt",
                "netcheck_json_format-json_healthy_udp-v4-v6.json"));
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
    assertThat(j.get("inputs").get(0).propertyNames()).containsExactly("file", "kind", "error");
    assertThat(j.get("self").propertyNames())
        .containsExactly(
            "hostName",
            "dnsName",
            "ips",
            "backendState",
            "keyExpiry",
            "magicDnsEnabled",
            "magicDnsSuffix");
    assertThat(j.get("peers").get(0).propertyNames())
        .containsExactly(
            "name",
            "hostName",
            "dnsName",
            "ips",
            "os",
            "online",
            "active",
            "path",
            "derpRegion",
            "curAddr",
            "lastSeen",
            "keyExpiry",
            "expired",
            "presence",
            "sharee",
            "sharedIn");
    assertThat(j.get("pings").get(0).propertyNames())
        .containsExactly(
            "target", "replies", "timeouts", "via", "derpRegion", "endpoint", "latencyMs", "error");
    assertThat(j.get("pings").get(0).get("latencyMs").propertyNames())
        .containsExactly("min", "median", "max");
    assertThat(j.get("netcheck").propertyNames())
        .containsExactly(
            "udp",
            "ipv4",
            "ipv6",
            "mappingVariesByDestIP",
            "portMapping",
            "preferredDerp",
            "derpLatencyMs");
    assertThat(j.get("findings").get(0).propertyNames())
        .containsExactly("code", "severity", "subject", "title", "detail", "remedy", "repair");
  }

  @Test
  void eightPeerStatusValues() {
    AnalysisReport r = analyze(List.of(), Fixtures.STATUS_8_PEERS);
    JsonNode j = json(r);
    JsonNode self = j.get("self");
    assertThat(self.get("hostName").asString()).isEqualTo("OPS-WS-017");
    assertThat(self.get("dnsName").asString()).isEqualTo("ops-ws-017.tail4e2b9c.ts.net");
    assertThat(self.get("backendState").asString()).isEqualTo("Running");
    assertThat(self.get("keyExpiry").asString()).isEqualTo("2026-05-01T09:14:55Z");
    assertThat(self.get("magicDnsEnabled").asBoolean()).isTrue();
    assertThat(self.get("ips").get(1).asString()).isEqualTo("fd7a:115c:a1e0::c901:e34");
    JsonNode peers = j.get("peers");
    assertThat(peers.size()).isEqualTo(8);
    JsonNode bob = peers.get(1);
    assertThat(bob.get("name").asString()).isEqualTo("laptop-bob");
    assertThat(bob.get("path").asString()).isEqualTo("derp");
    assertThat(bob.get("derpRegion").asString()).isEqualTo("ams");
    assertThat(bob.get("curAddr").isNull()).isTrue();
    JsonNode nas = peers.get(3);
    assertThat(nas.get("name").asString()).isEqualTo("old-nas");
    assertThat(nas.get("expired").asBoolean()).isTrue();
    assertThat(nas.get("online").asBoolean()).isFalse();
    assertThat(nas.get("lastSeen").asString()).isEqualTo("2026-07-31T10:00:03Z");
    assertThat(peers.get(5).get("sharedIn").asBoolean()).isTrue();
    assertThat(peers.get(6).get("path").asString()).isEqualTo("peer-relay");
    assertThat(j.get("netcheck").isNull()).isTrue();
    assertThat(j.get("pings").size()).isZero();
    // nobody watched: the relayed peer in use is a finding; Self.KeyExpiry (2026-05-01) is past
    assertThat(j.get("findings").size()).isEqualTo(2);
    assertThat(j.get("findings").get(0).get("code").asString()).isEqualTo("key-expired");
    assertThat(j.get("findings").get(1).get("code").asString()).isEqualTo("path-relayed");
    assertThat(j.get("findings").get(1).get("subject").asString()).isEqualTo("laptop-bob");
    assertThat(j.get("findings").get(1).get("severity").asString()).isEqualTo("warning");
    assertThat(j.get("findings").get(1).get("repair").isNull()).isTrue();
    assertThat(j.get("bundle").isNull()).isTrue();
    assertThat(r.exitStatus()).isEqualTo(2);
  }

  @Test
  void pingsAndNetcheckValues() {
    JsonNode j =
        json(
            analyze(
                List.of(),
                "localapi_ping_disco_via-DERP.json",
                "pasted/ping_bash-prompt_ctrl-c.txt",
                "netcheck_json_format-json_udp-blocked_https-latency-only.json"));
    assertThat(j.get("self").isNull()).isTrue();
    JsonNode pings = j.get("pings");
    assertThat(pings.size()).isEqualTo(2);
    assertThat(pings.get(0).get("target").asString()).isEqualTo("100.96.200.3");
    assertThat(pings.get(0).get("via").asString()).isEqualTo("derp");
    assertThat(pings.get(0).get("derpRegion").asString()).isEqualTo("fra");
    assertThat(pings.get(0).get("latencyMs").get("median").asDouble()).isEqualTo(43.718);
    JsonNode bob = pings.get(1);
    assertThat(bob.get("target").asString()).isEqualTo("laptop-bob");
    assertThat(bob.get("replies").asInt()).isEqualTo(3);
    assertThat(bob.get("timeouts").asInt()).isEqualTo(1);
    assertThat(bob.get("via").asString()).isEqualTo("direct");
    assertThat(bob.get("endpoint").asString()).isEqualTo("192.0.2.10:41641");
    assertThat(bob.get("latencyMs").get("min").asDouble()).isEqualTo(12.0);
    assertThat(bob.get("latencyMs").get("max").asDouble()).isEqualTo(48.0);
    assertThat(bob.get("error").asString()).isEqualTo("context canceled");
    JsonNode n = j.get("netcheck");
    assertThat(n.get("udp").asBoolean()).isFalse();
    assertThat(n.get("mappingVariesByDestIP").isNull()).isTrue();
    assertThat(n.get("portMapping").isNull()).isTrue();
    assertThat(n.get("preferredDerp").asString()).isEqualTo("region 4");
    assertThat(n.get("derpLatencyMs").asDouble()).isEqualTo(31.2);
    assertThat(j.get("findings").findValuesAsString("code"))
        .containsExactly("path-relayed", "udp-blocked");
  }

  @Test
  void stateFromTextAndPingTranscriptsAndExitCritical() {
    AnalysisReport login = analyze(List.of(), "cli_ping_backend-logged-out_STDOUT_exit1.txt");
    assertThat(login.status().backendState()).isEqualTo("NeedsLogin");
    assertThat(json(login).get("findings").get(0).get("code").asString()).isEqualTo("needs-login");
    assertThat(login.exitStatus()).isEqualTo(2);

    AnalysisReport daemon =
        analyze(List.of(), "cli_status_text_windows_daemon-not-running_STDERR_exit1.txt");
    assertThat(daemon.status()).isNull();
    assertThat(json(daemon).get("findings").get(0).get("code").asString())
        .isEqualTo("daemon-stopped");

    AnalysisReport richer =
        analyze(List.of(), "cli_status_text_stopped_exit1.txt", Fixtures.STATUS_8_PEERS);
    assertThat(richer.status().backendState()).as("status JSON outranks text").isEqualTo("Running");
  }

  @Test
  void healthyInputsExitZero() {
    AnalysisReport r =
        analyzer.analyze(
            List.of(
                Fixtures.path(Fixtures.STATUS_8_PEERS),
                Fixtures.path("localapi_prefs_GET_windows-unattended_TAB.json"),
                Fixtures.path("cli_netcheck_text_current-format_udp-true.txt")),
            List.of("fileserver"),
            Instant.parse("2026-03-01T00:00:00Z")); // before Self's key expiry (2026-05-01)
    assertThat(r.findings()).isEmpty();
    assertThat(r.exitStatus()).isZero();
    assertThat(TextReport.render(r))
        .contains("Findings: none")
        .contains("Nearest DERP fra 18.4 ms");
  }

  @Test
  void badInputsAreListedAndExitThreeWhileTheRestIsAnalysed() throws IOException {
    Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFE, 0});
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path huge = dir.resolve("huge.json");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 17; i++) {
        out.write(block);
      }
    }
    AnalysisReport r =
        analyzer.analyze(
            List.of(
                garbage,
                empty,
                huge,
                dir,
                dir.resolve("missing.txt"),
                Fixtures.path("status_cli-json_Stopped_after-tailscale-down.json")),
            List.of(),
            CAPTURED);
    assertThat(r.inputs())
        .extracting(AnalysisReport.Input::error)
        .containsExactly(
            "binary data, not a text capture",
            "empty file",
            "larger than 16 MiB; analyze reads captures up to 16 MiB",
            "is a directory, not a file",
            "no such file",
            null);
    assertThat(r.findings()).extracting(f -> f.code().code()).contains("backend-stopped");
    assertThat(r.exitStatus()).isEqualTo(3);
  }

  @Test
  void zipEntriesAreReadAndNonCapturesInsideAreNotFatal() throws IOException {
    Path zip = dir.resolve("bundle.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("tailscale/status.json"));
      z.write(Fixtures.bytes(Fixtures.STATUS_8_PEERS));
      z.putNextEntry(new ZipEntry("logs/service.log"));
      z.write("2026-08-20 12:00:00 INFO started\n".getBytes(StandardCharsets.UTF_8));
    }
    AnalysisReport r = analyzer.analyze(List.of(zip), List.of("pixel-8"), CAPTURED);
    assertThat(r.inputs())
        .extracting(i -> i.kind().wireName())
        .containsExactly("status-json", "unknown");
    assertThat(r.inputs().get(0).file()).endsWith("bundle.zip!/tailscale/status.json");
    assertThat(r.inputs().get(1).fatal()).isFalse();
    assertThat(r.findings())
        .extracting(f -> f.code().code())
        .containsExactly("key-expired", "peer-offline");
    assertThat(r.exitStatus()).isEqualTo(2);
  }

  /** Captures of real tailscale v1.102.5 from the lab (lab/capture.sh), with what they mean. */
  @Test
  void realCapturesFromTheLabSayWhatHappened() {
    String real = "real-1.102.5/";
    assertThat(codes(analyze(List.of(), real + "status_json_healthy.json"))).isEmpty();
    assertThat(codes(analyze(List.of("p1"), real + "status_json_no-peers.json")))
        .as("\"Peer\": null: the only peers were deleted (the lab's DNS warning was real then)")
        .contains("peer-not-in-tailnet/p1");
    assertThat(codes(analyze(List.of("p1"), real + "status_json_udp-blocked.json")))
        .contains("path-relayed/p1");
    assertThat(codes(analyze(List.of(), real + "ping_p1_offline.txt")))
        .as("every ping timed out: no reply")
        .anyMatch(k -> k.startsWith("peer-unreachable/"));
    assertThat(codes(analyze(List.of(), real + "ping_unknown_name.txt")))
        .anyMatch(k -> k.startsWith("peer-name-unresolved/"));
    assertThat(codes(analyze(List.of(), real + "status_json_stopped.json")))
        .contains("backend-stopped");
    assertThat(codes(analyze(List.of(), real + "status_json_logged-out.json")))
        .contains("needs-login")
        .doesNotContain("empty-profile");
    AnalysisReport netcheck =
        analyze(List.of(), real + "netcheck.json", real + "netcheck_text.txt");
    assertThat(netcheck.inputs()).allSatisfy(in -> assertThat(in.error()).isNull());
    assertThat(codes(netcheck)).doesNotContain("udp-blocked");
  }

  private static List<String> codes(AnalysisReport r) {
    return r.findings().stream().map(f -> f.key()).toList();
  }
}
