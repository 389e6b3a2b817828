package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.testkit.lab.MonitorLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@code bridge-link} command (usually {@code run --plain}) as a real child JVM on this test's
 * classpath, started by the test kit's {@link MonitorLauncher}, with waits that fail the test with
 * the output so far.
 */
final class MonitorProcess implements AutoCloseable {

  private final MonitorLauncher launcher;
  final Process process;

  MonitorProcess(Path dataDir, String... args) throws IOException {
    this(dataDir, List.of(), args);
  }

  /** With extra JVM options (e.g. {@code -Dlogback.configurationFile=…}) before the main class. */
  MonitorProcess(Path dataDir, List<String> jvmOptions, String... args) throws IOException {
    List<String> jvm = new ArrayList<>(List.of("-Xmx64m"));
    jvm.addAll(jvmOptions);
    launcher =
        MonitorLauncher.command(System.getProperty("java.class.path"), jvm, dataDir, List.of(args));
    process = launcher.process();
  }

  /** The stdout lines so far. */
  List<String> lines() {
    return launcher.texts();
  }

  /** Waits for a line (after index {@code from}) matching {@code match}; returns its index. */
  int await(String what, int from, Predicate<String> match, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      List<String> lines = lines();
      for (int i = from; i < lines.size(); i++) {
        if (match.test(lines.get(i))) {
          return i;
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "monitor exited ("
                + process.exitValue()
                + ") waiting for "
                + what
                + "\n"
                + String.join("\n", lines()));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError(
        "not within " + limit.toSeconds() + " s: " + what + "\n" + String.join("\n", lines()));
  }

  @Override
  public void close() throws InterruptedException {
    launcher.close();
  }
}
