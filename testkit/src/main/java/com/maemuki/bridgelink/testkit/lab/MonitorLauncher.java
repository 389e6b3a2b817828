package com.maemuki.bridgelink.testkit.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code bridge-link run --plain} as a child process with the given classpath and JVM
 * options, and records each stdout line with the monotonic time it arrived (for latency).
 */
public final class MonitorLauncher implements AutoCloseable {

  /** One line of output and when it arrived ({@link System#nanoTime()}). */
  public record Line(long nanos, String text) {}

  private final Process process;
  private final List<Line> lines = new CopyOnWriteArrayList<>();

  public MonitorLauncher(String classpath, List<String> jvmOptions, Path dataDir, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.add("run");
    command.add("--plain");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("BRIDGE_LINK_DATA_DIR", dataDir.toString());
    pb.redirectError(dataDir.resolve("monitor-stderr.txt").toFile());
    process = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(new Line(System.nanoTime(), line));
                }
              } catch (IOException ignored) {
                // ended
              }
            },
            "monitor-out");
    reader.setDaemon(true);
    reader.start();
  }

  public long pid() {
    return process.pid();
  }

  public int lineCount() {
    return lines.size();
  }

  /** The first line at index ≥ {@code from} containing {@code text}, waiting up to {@code ms}. */
  public Line await(int from, String text, long ms) throws InterruptedException {
    long end = System.nanoTime() + ms * 1_000_000;
    while (System.nanoTime() < end) {
      for (int i = from; i < lines.size(); i++) {
        if (lines.get(i).text().contains(text)) {
          return lines.get(i);
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the monitor exited with " + process.exitValue());
      }
      Thread.sleep(5);
    }
    return null;
  }

  public int indexOf(Line line) {
    return lines.indexOf(line);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
