package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * config.json as a Windows admin writes it and gets it wrong, seen through {@code bridge-link run}
 * and {@code doctor --json} in a real child process.
 */
class ConfigAsAdminTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String NO_DAEMON = "/nonexistent/tailscaled.sock";

  @TempDir Path data;

  @Test
  void bomCrlfAndAnUnknownKeyStillWatchTheConfiguredPeer() throws Exception {
    Path config = data.resolve("config.json");
    String text =
        "\uFEFF{\r\n  \"peers\": [{\"name\": \"bridge-peer\", \"ports\": [3389]}],\r\n"
            + "  \"peerz\": [],\r\n  \"tray\": \"hide\"\r\n}\r\n";
    Files.write(config, text.getBytes(StandardCharsets.UTF_8));
    Process run =
        BridgeLinkCli.start(
            data,
            List.of("-Xmx64m"),
            null,
            "run",
            "--plain",
            "--no-ipc",
            "--socket",
            NO_DAEMON,
            "--config",
            config.toString());
    try {
      String out = awaitOutput(run, "peerz");
      assertThat(out).contains("watching 1 peer(s)");
      assertThat(out).contains("config warning: peerz: unknown key, ignored");
      assertThat(out).contains("peers").contains("tray");
    } finally {
      run.destroy(); // SIGTERM
      assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(run.exitValue()).as("exit status after SIGTERM").isZero();
  }

  /**
   * Ctrl-C at a prompt is SIGINT to the foreground process: `run` ends as cleanly as on SIGTERM.
   */
  @Test
  void runExitsZeroAfterCtrlC() throws Exception {
    Process run =
        BridgeLinkCli.start(
            data, List.of("-Xmx64m"), null, "run", "--plain", "--no-ipc", "--socket", NO_DAEMON);
    try {
      assertThat(awaitOutput(run, "watching")).contains("watching");
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      run.destroyForcibly();
    }
    assertThat(run.exitValue()).as("exit status after SIGINT").isZero();
  }

  @Test
  void invalidJsonWithNothingToFallBackToIsCriticalAndSaysWhere() throws Exception {
    Path config = data.resolve("config.json");
    Files.writeString(config, "{\n  \"peers\": [{\"name\": \"a\"},]\n}\n");
    JsonNode finding = configFinding(config);
    assertThat(finding.get("severity").stringValue()).isEqualTo("critical");
    assertThat(finding.get("detail").stringValue())
        .contains("line 2, column")
        .contains("a comma before ']' with no value after it")
        .doesNotContain("code 93");
    assertThat(finding.get("remedy").stringValue())
        .contains("line and column")
        .contains("watches no configured peer");
  }

  @Test
  void aWindowsPathWithSingleBackslashesIsExplained() throws Exception {
    Path config = data.resolve("config.json");
    Files.writeString(config, "{\"localApiSocket\": \"C:\\ProgramData\\ts\"}");
    assertThat(configFinding(config).get("detail").stringValue())
        .contains("line 1, column")
        .contains("write a Windows path with \\\\");
  }

  @Test
  void aMissingNamedFileSaysCreateIt() throws Exception {
    JsonNode finding = configFinding(data.resolve("absent.json"));
    assertThat(finding.get("severity").stringValue()).isEqualTo("critical");
    assertThat(finding.get("detail").stringValue()).contains("not found");
    assertThat(finding.get("remedy").stringValue()).startsWith("Create the file");
  }

  @Test
  void aFolderInPlaceOfTheFileSaysItCannotBeRead() throws Exception {
    Path folder = Files.createDirectory(data.resolve("config.json"));
    JsonNode finding = configFinding(folder);
    assertThat(finding.get("detail").stringValue()).contains("is a folder");
    assertThat(finding.get("remedy").stringValue()).contains("read the file");
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
    Path config = data.resolve("config.json");
    Files.writeString(config, "{}");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));
    JsonNode finding = configFinding(config);
    assertThat(finding.get("detail").stringValue()).contains("permission denied");
    assertThat(finding.get("remedy").stringValue()).contains("read the file");
  }

  @Test
  void helpNamesTheConfigFileTheServiceReads() throws Exception {
    BridgeLinkCli.Result help = BridgeLinkCli.run(data, "run", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).doesNotContain("null").contains(data.resolve("config.json").toString());
  }

  private JsonNode configFinding(Path config) throws Exception {
    BridgeLinkCli.Result doctor =
        BridgeLinkCli.run(
            data, "doctor", "--json", "--socket", NO_DAEMON, "--config", config.toString());
    JsonNode root = JSON.readTree(doctor.out());
    for (JsonNode f : root.get("findings")) {
      if (f.get("code").stringValue().equals("config-invalid")) {
        return f;
      }
    }
    throw new AssertionError("no config-invalid finding in\n" + doctor.out() + doctor.err());
  }

  private String awaitOutput(Process run, String text) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String out = "";
    while (System.nanoTime() < end && run.isAlive()) {
      out = BridgeLinkCli.read(data, "out.txt");
      if (out.contains(text)) {
        return out;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + text + "' in\n" + out + BridgeLinkCli.read(data, "err.txt"));
  }
}
