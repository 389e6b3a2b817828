package com.maemuki.bridgelink.service.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * {@code bridge-link run --plain} as a real child JVM (this test's classpath), its stdout lines
 * collected as they come.
 */
final class MonitorProcess implements AutoCloseable {

  final Process process;
  final List<String> lines = new CopyOnWriteArrayList<>();

  MonitorProcess(Path dataDir, String... args) throws IOException {
    this(dataDir, List.of(), args);
  }

  /** With extra JVM options (e.g. {@code -Dlogback.configurationFile=…}) before the main class. */
  MonitorProcess(Path dataDir, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
    pb.environment().put("BRIDGE_LINK_DATA_DIR", dataDir.toString());
    pb.redirectError(dataDir.resolve("stderr.txt").toFile());
    process = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the process ended
              }
            },
            "monitor-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Waits for a line (after index {@code from}) matching {@code match}; returns its index. */
  int await(String what, int from, Predicate<String> match, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
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
                + String.join("\n", lines));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError(
        "not within " + limit.toSeconds() + " s: " + what + "\n" + String.join("\n", lines));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
