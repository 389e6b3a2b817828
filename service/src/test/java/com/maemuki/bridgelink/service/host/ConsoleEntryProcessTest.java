package com.maemuki.bridgelink.service.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console lifecycle in a real JVM: SIGTERM (what systemd, {@code kill} and, as SIGINT, Ctrl-C
 * deliver) ends it promptly and cleanly through the shutdown hook.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "no SIGTERM on Windows")
class ConsoleEntryProcessTest {

  @TempDir Path dir;

  @Test
  void sigtermStopsTheConsoleServiceCleanlyWithinTwoSeconds() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path socket = dir.resolve("ipc/ipc.sock");
    Process process =
        new ProcessBuilder(
                java,
                // The real service daemon, with its data, log and IPC socket in the test directory.
                "-D" + DataDirectory.PROPERTY + "=" + dir.resolve("data"),
                "-D" + Transports.SOCKET_PROPERTY + "=" + socket,
                // The product's own logging setup with INFO on the console (the test classpath's
                // logback-test.xml would otherwise hide the lifecycle lines this test reads).
                "-Dlogback.configurationFile=logback.xml",
                "-Dbridgelink.console.level=INFO",
                "-cp",
                System.getProperty("java.class.path"),
                ConsoleEntry.class.getName())
            .redirectErrorStream(true)
            .start();
    List<String> lines = new ArrayList<>();
    // A watchdog, so a child that never says "service running" fails the test instead of hanging
    // it.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                  process.destroyForcibly();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    watchdog.setDaemon(true);
    watchdog.start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.contains("service running")) {
        lines.add(line);
      }
      assertThat(line).as("the service came up; output so far: %s", lines).isNotNull();
      assertThat(Files.exists(socket)).as("the service serves IPC").isTrue();

      sigterm(process);

      boolean exited = process.waitFor(2, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly();
      }
      assertThat(exited).as("exited within 2 s of SIGTERM").isTrue();
      out.lines().forEach(lines::add);
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as("128 + SIGTERM").isEqualTo(143);
    assertThat(lines).anyMatch(l -> l.contains("service stopping"));
    assertThat(lines.get(lines.size() - 1)).contains("service stopped");
    assertThat(lines).noneMatch(l -> l.contains("Exception") || l.contains("WARN"));
  }

  /** kill -TERM, not Process.destroy(): destroy also closes our end of the process's output. */
  private static void sigterm(Process process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }
}
