package com.maemuki.bridgelink.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrayLogFileTest {

  @Test
  void windowsKeepsItUnderLocalAppData() {
    assertThat(
            TrayLogFile.defaultDir(
                "Windows 11",
                Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"),
                "C:\\Users\\ann"))
        .isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Local", "Maemuki", "BridgeLink", "logs"));
    // without the variable (a stripped environment): the same place under the profile
    assertThat(TrayLogFile.defaultDir("Windows 10", Map.of(), "C:\\Users\\ann"))
        .isEqualTo(Path.of("C:\\Users\\ann", "AppData", "Local", "Maemuki", "BridgeLink", "logs"));
  }

  @Test
  void linuxFollowsXdgStateHome() {
    assertThat(
            TrayLogFile.defaultDir(
                "Linux", Map.of("XDG_STATE_HOME", "/srv/ann/state"), "/home/ann"))
        .isEqualTo(Path.of("/srv/ann/state/bridge-link/logs"));
    assertThat(TrayLogFile.defaultDir("Linux", Map.of(), "/home/ann"))
        .isEqualTo(Path.of("/home/ann/.local/state/bridge-link/logs"));
    // empty or relative values are ignored, as the XDG spec says
    assertThat(TrayLogFile.defaultDir("Linux", Map.of("XDG_STATE_HOME", ""), "/home/ann"))
        .isEqualTo(Path.of("/home/ann/.local/state/bridge-link/logs"));
    assertThat(TrayLogFile.defaultDir("Linux", Map.of("XDG_STATE_HOME", "state"), "/home/ann"))
        .isEqualTo(Path.of("/home/ann/.local/state/bridge-link/logs"));
  }

  /**
   * The real entry point, with the product's logback.xml (the test class path would pick
   * logback-test.xml): the log file appears where XDG_STATE_HOME says, and stderr still has the log
   * too.
   */
  @Test
  void startingTheTrayWritesItsLogFile(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=logback.xml",
                "-cp",
                System.getProperty("java.class.path"),
                TrayMain.class.getName(),
                "--view",
                "log",
                "--lock-file",
                dir.resolve("tray.lock").toString(),
                "--ipc-socket",
                dir.resolve("no-service.sock").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stderr.txt").toFile());
    builder.environment().put("XDG_STATE_HOME", state.toString());
    builder.environment().remove(TrayLogFile.DIR_PROPERTY);
    Process tray = builder.start();
    Path log = state.resolve("bridge-link/logs/tray.log");
    try {
      Eventually.await(
          () -> {
            try {
              if (!Files.exists(log)) {
                return false;
              }
              String text = Files.readString(log, StandardCharsets.UTF_8);
              return text.contains("tray ready in") && text.contains("tray state: icon=");
            } catch (java.io.IOException e) {
              return false;
            }
          },
          Duration.ofSeconds(60));
    } finally {
      tray.destroy();
      if (!tray.waitFor(10, TimeUnit.SECONDS)) {
        tray.destroyForcibly();
      }
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    // a date in every line: the file spans days
    assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO");
    assertThat(text).contains("tray state: icon=SERVICE_UNREACHABLE");
    assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("tray ready in");
  }
}
