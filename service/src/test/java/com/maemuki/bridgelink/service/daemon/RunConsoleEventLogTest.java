package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.cli.BridgeLinkCommand;
import com.maemuki.bridgelink.testkit.lab.LabFault;
import com.maemuki.bridgelink.testkit.lab.LinkLab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bridge-link run} as a real process with the product's logback.xml (not the tests'): a
 * critical finding is shown once on the console (the live view's transition line) and its event-log
 * stand-in entry reaches the log file, not the console a second time.
 */
@DisabledOnOs(OS.WINDOWS)
class RunConsoleEventLogTest {
  private static final Duration WINDOW = Duration.ofSeconds(15);

  @TempDir Path dir;

  @Test
  void aCriticalFindingIsOnTheConsoleOnceAndInTheLogFile() throws Exception {
    // The test classpath puts logback-test.xml first; the product's file is the main logback.xml.
    Path productLogback = Path.of(BridgeLinkCommand.class.getResource("/logback.xml").toURI());
    Path data = Files.createDirectories(dir.resolve("data"));
    Path logFile = data.resolve("logs/bridge-link.log");
    String code = LabFault.BACKEND_STOPPED.code();
    List<String> stdout;
    try (LinkLab lab =
            new LinkLab(
                dir.resolve("lab"),
                1,
                1,
                LinkLab.FAST_INTERVALS,
                LinkLab.FAST_DEADLINES_AND_DAMPING);
        MonitorProcess monitor =
            new MonitorProcess(
                data,
                List.of("-Dlogback.configurationFile=" + productLogback),
                "run",
                "--plain",
                "--no-ipc",
                "--config",
                lab.configFile().toString(),
                "--socket",
                lab.socket().toString())) {
      int at = monitor.await("link ok", 0, l -> l.contains(" state ok: "), WINDOW);
      lab.inject(LabFault.BACKEND_STOPPED);
      at = monitor.await("raised", at, l -> l.contains(" raised " + code + " "), WINDOW);
      awaitInFile(logFile, "[1001] " + code);
      lab.restore(LabFault.BACKEND_STOPPED);
      monitor.await("cleared", at, l -> l.contains(" cleared " + code + " "), WINDOW);
      awaitInFile(logFile, "[1002] " + code + " cleared");

      monitor.process.destroy();
      assertThat(monitor.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      stdout = new ArrayList<>(monitor.lines());
    }
    List<String> stderr = Files.readAllLines(data.resolve("stderr.txt"), StandardCharsets.UTF_8);
    List<String> console = new ArrayList<>(stdout);
    console.addAll(stderr);

    assertThat(console.stream().filter(l -> l.contains(code) && !l.contains("cleared")))
        .as("the raised finding on stdout + stderr\n%s", String.join("\n", console))
        .singleElement()
        .satisfies(line -> assertThat(line).contains(" raised " + code + " "));
    assertThat(stderr).noneMatch(l -> l.contains("eventlog"));
    List<String> logged = Files.readAllLines(logFile, StandardCharsets.UTF_8);
    assertThat(logged.stream().filter(l -> l.contains("[1001] " + code)))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("ERROR").contains("eventlog"));
  }

  private static void awaitInFile(Path file, String text) throws IOException, InterruptedException {
    long end = System.nanoTime() + WINDOW.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "'" + text + "' not in " + file + " within " + WINDOW.toSeconds() + " s");
  }
}
