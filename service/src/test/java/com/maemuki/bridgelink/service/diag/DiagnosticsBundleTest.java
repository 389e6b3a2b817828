package com.maemuki.bridgelink.service.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.cli.BridgeLinkCommand;
import com.maemuki.bridgelink.service.platform.StandInProgram;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.service.platform.windows.PowerShellFirewall;
import com.maemuki.bridgelink.tailscale.cli.TailscaleCli;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@EnabledOnOs(OS.LINUX)
class DiagnosticsBundleTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private Path socket;
  private ExecutorService executor;

  @BeforeEach
  void start() throws Exception {
    socket = dir.resolve("tailscaled.sock");
    simulator = LocalApiSimulator.start(socket, SampleTailnet.office());
    executor = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stop() throws Exception {
    executor.shutdownNow();
    simulator.close();
  }

  static Map<String, byte[]> entries(Path zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private Path config() throws Exception {
    return Files.writeString(
        dir.resolve("config.json"),
        "{\"peers\":[{\"name\":\"office-pc\",\"host\":\"100.101.7.9\",\"ports\":[3389],\"localPorts\":[8080]}],"
            + "\"metrics\":{\"otlp\":{\"endpoint\":\"http://127.0.0.1:4318\",\"headers\":{\"Authorization\":\"Bearer s3cr3t\"}}},"
            + "\"apiToken\":\"tskey-api-abc123\"}");
  }

  @Test
  void aBundleHoldsEveryPartRedactedAndReadable() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Files.writeString(logs.resolve("service.log"), "x".repeat(3 * 1024 * 1024) + "\nLAST LINE\n");
    Path audit = Files.writeString(data.resolve("audit.jsonl"), "{\"repair\":\"allow-ping\"}\n");
    Path netcheckOut =
        Files.writeString(dir.resolve("netcheck.json"), "{\"UDP\":true,\"PreferredDERP\":4}");
    StandInProgram tailscale = StandInProgram.create(dir, "tailscale", netcheckOut, 0);
    Path fixture = dir.resolve("fw.json");
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/windows/firewall-adapter-public.json")) {
      Files.copy(in, fixture);
    }
    StandInProgram powershell = StandInProgram.create(dir, "powershell.exe", fixture, 0);
    PowerShellFirewall firewall =
        new PowerShellFirewall(
            new ProcessCommandRunner(),
            new PowerShellCommands(powershell.path(), "C:\\x", "Tailscale"),
            Duration.ofSeconds(20));
    LocalApiClient client = new LocalApiClient(new UnixSocketDialer(socket));
    DiagnosticsSources sources =
        ServiceDiagnostics.sources(
            () -> "{\"overall\":\"degraded\"}",
            () -> "[{\"code\":\"adapter-public-profile\"}]",
            config(),
            logs,
            audit,
            client,
            firewall,
            List.of(3389, 8080),
            Optional.of(new TailscaleCli(Path.of(tailscale.path()), new ProcessCommandRunner())),
            Map.of("bridge-link", "test"),
            () -> TrayLogs.read(trayFolders()));
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T20:00:00Z"), ZoneOffset.UTC);
    Path zip = new DiagnosticsBundle(executor, Duration.ofSeconds(20), clock).create(data, sources);

    assertThat(zip).isEqualTo(data.resolve("diagnostics/bridge-link-diag-20261124T200000Z.zip"));
    Map<String, byte[]> e = entries(zip);
    assertThat(e.keySet())
        .contains(
            "manifest.json",
            "snapshot.json",
            "findings.json",
            "config.redacted.json",
            "tailscale/status.json",
            "tailscale/prefs.json",
            "tailscale/bugreport.txt",
            "tailscale/netcheck.json",
            "windows/firewall.json",
            "windows/firewall-summary.txt",
            "audit.jsonl",
            "logs/service.log");
    String config = new String(e.get("config.redacted.json"), StandardCharsets.UTF_8);
    assertThat(config)
        .doesNotContain("s3cr3t")
        .doesNotContain("tskey-api")
        .contains("<redacted>")
        .contains("100.101.7.9");
    // The Tailscale captures stay raw, so analyze can parse them.
    assertThat(StatusJsonParser.parse(e.get("tailscale/status.json")).self().hostName())
        .isEqualTo("OPS-WS-017");
    assertThat(PrefsJsonParser.parse(e.get("tailscale/prefs.json")).corpDns()).isTrue();
    assertThat(new String(e.get("tailscale/bugreport.txt"), StandardCharsets.UTF_8))
        .startsWith("BUG-");
    assertThat(tailscale.calls()).containsExactly(List.of("netcheck", "--format=json"));
    assertThat(new String(e.get("windows/firewall-summary.txt"), StandardCharsets.UTF_8))
        .contains("Tailscale adapter: Tailscale (PUBLIC)")
        .contains("TCP 3389: ADAPTER_PUBLIC_PROFILE");
    String log = new String(e.get("logs/service.log"), StandardCharsets.UTF_8);
    assertThat(log).endsWith("LAST LINE\n").hasSize(DiagnosticsBundle.MAX_LOG_BYTES);
    JsonNode manifest = JSON.readTree(e.get("manifest.json"));
    assertThat(manifest.path("versions").path("bridge-link").asString()).isEqualTo("test");
    assertThat(new String(e.get("tray/ann/tray.log"), StandardCharsets.UTF_8))
        .isEqualTo("tray started\n");
    assertThat(e).containsKey("tray/ann/tray.1.log");
    assertThat(e).doesNotContainKeys("tray/ann/tray.2.log", "tray/ann/other.txt");
    assertThat(manifest.path("missing").path("tray/bob").asString())
        .startsWith("no tray log in ")
        .contains("home/bob/.local/state/bridge-link/logs");
    assertThat(manifest.path("missing").size()).isEqualTo(1);
  }

  /**
   * One user's tray folder with its log, a rolled one, and a link to a file the user may not read
   * (never followed: the service reads with root's rights); one user whose folder does not exist.
   */
  private List<TrayLogFolder> trayFolders() throws Exception {
    long me = ((Number) Files.getAttribute(dir, "unix:uid")).longValue();
    Path ann = Files.createDirectories(dir.resolve("home/ann/.local/state/bridge-link/logs"));
    Files.writeString(ann.resolve("tray.log"), "tray started\n");
    Files.writeString(ann.resolve("tray.1.log"), "older\n");
    Files.writeString(ann.resolve("other.txt"), "not a tray log\n");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root only\n");
    Files.createSymbolicLink(ann.resolve("tray.2.log"), secret);
    return List.of(
        new TrayLogFolder("ann", ann, me),
        new TrayLogFolder("bob", dir.resolve("home/bob/.local/state/bridge-link/logs"), me));
  }

  @Test
  void missingPartsAreListedNotFatalAndOldBundlesArePruned() throws Exception {
    simulator.stop();
    Path data = Files.createDirectories(dir.resolve("data"));
    LocalApiClient client =
        new LocalApiClient(new UnixSocketDialer(socket), Duration.ofSeconds(2), 1 << 20);
    DiagnosticsSources sources =
        ServiceDiagnostics.sources(
            null,
            null,
            null,
            null,
            null,
            client,
            null,
            List.of(),
            Optional.empty(),
            Map.of(),
            () -> TrayLogs.read(List.of()));
    Path last = null;
    for (int i = 0; i < DiagnosticsBundle.KEEP + 2; i++) {
      Clock clock =
          Clock.fixed(Instant.parse("2026-11-24T20:00:00Z").plusSeconds(i), ZoneOffset.UTC);
      last = new DiagnosticsBundle(executor, Duration.ofSeconds(10), clock).create(data, sources);
    }
    try (var files = Files.list(data.resolve("diagnostics"))) {
      assertThat(files.toList()).hasSize(DiagnosticsBundle.KEEP).contains(last);
    }
    JsonNode manifest = JSON.readTree(entries(last).get("manifest.json"));
    assertThat(manifest.path("missing").path("tailscale/status.json").asString()).isNotEmpty();
    assertThat(manifest.path("missing").path("tailscale/netcheck.json").asString())
        .isEqualTo("not available on this machine");
    assertThat(manifest.path("missing").path("tray/").asString())
        .isEqualTo("no tray has connected to the service since it started");
    assertThat(manifest.path("entries").size()).isZero();
  }

  @Test
  void theCommandPrintsThePath() throws Exception {
    Path data = dir.resolve("cli-data");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code =
          BridgeLinkCommand.newCommandLine()
              .execute(
                  "diag",
                  "--data-dir",
                  data.toString(),
                  "--config",
                  config().toString(),
                  "--socket",
                  socket.toString(),
                  "--no-netcheck");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    Path zip = Path.of(out.toString(StandardCharsets.UTF_8).strip());
    assertThat(zip).exists().startsWith(data.resolve("diagnostics"));
    assertThat(entries(zip)).containsKeys("tailscale/status.json", "config.redacted.json");

    // ... and analyze reads the bundle back.
    java.io.StringWriter report = new java.io.StringWriter();
    java.io.StringWriter errors = new java.io.StringWriter();
    picocli.CommandLine analyze = BridgeLinkCommand.newCommandLine();
    analyze.setOut(new java.io.PrintWriter(report));
    analyze.setErr(new java.io.PrintWriter(errors));
    int status = analyze.execute("analyze", "--json", zip.toString());
    assertThat(status).as("analyze exit status; stderr: %s", errors).isLessThan(3);
    assertThat(report.toString()).contains("OPS-WS-017").contains("tailscale/status.json");
  }

  @Test
  void redactionNames() {
    assertThat(ConfigRedaction.isSecretName("authKey")).isTrue();
    assertThat(ConfigRedaction.isSecretName("otlp-headers")).isTrue();
    assertThat(ConfigRedaction.isSecretName("host")).isFalse();
    assertThat(ConfigRedaction.isSecretName("localPorts")).isFalse();
  }
}
