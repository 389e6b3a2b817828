package com.maemuki.bridgelink.testkit.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code bridge-link run --plain} (or any other {@code bridge-link} command line) as a child
 * process with the given classpath and JVM options, its data directory set to {@code dataDir} and
 * its stderr in {@code dataDir/stderr.txt}, and records each stdout line with the monotonic time it
 * arrived (for latency). The benchmark and the service's process tests both use it.
 */
public final class MonitorLauncher implements AutoCloseable {

  /** One line of output and when it arrived ({@link System#nanoTime()}). */
  public record Line(long nanos, String text) {}

  private final Process process;
  private final List<Line> lines = new CopyOnWriteArrayList<>();

  /** {@code bridge-link run --plain ARGS}. */
  public static MonitorLauncher run(
      String classpath, List<String> jvmOptions, Path dataDir, List<String> args)
      throws IOException {
    List<String> commandLine = new ArrayList<>(List.of("run", "--plain"));
    commandLine.addAll(args);
    return command(classpath, jvmOptions, dataDir, commandLine);
  }

  /**
   * {@code bridge-link run --plain} watching {@code lab}: its configuration and its simulated
   * tailscaled's socket, then {@code extraArgs} (the benchmarks' one shape of a monitor run).
   */
  public static MonitorLauncher runAgainst(
      LinkLab lab, String classpath, List<String> jvmOptions, Path dataDir, String... extraArgs)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("--config", lab.configFile().toString(), "--socket", lab.socket().toString()));
    args.addAll(List.of(extraArgs));
    return run(classpath, jvmOptions, dataDir, args);
  }

  /** The monitor's JVM options a benchmark was given, in the {@code bench.jvmOptions} property. */
  static List<String> benchJvmOptions() {
    return Arrays.stream(System.getProperty("bench.jvmOptions", "").split(" "))
        .filter(s -> !s.isBlank())
        .toList();
  }

  /** Any {@code bridge-link} command line, e.g. {@code ["run", "--plain", "--config", F]}. */
  public static MonitorLauncher command(
      String classpath, List<String> jvmOptions, Path dataDir, List<String> commandLine)
      throws IOException {
    return new MonitorLauncher(List.of(), classpath, jvmOptions, dataDir, commandLine);
  }

  /**
   * The same, started through {@code wrapper} — e.g. {@code ["ip", "netns", "exec", NS]}, so the
   * monitor runs inside the real tailnet's bridge namespace (its TCP probes and DNS go through that
   * namespace's Tailscale interface). {@link #pid()} is then the wrapper's, which execs the JVM.
   */
  public static MonitorLauncher wrapped(
      List<String> wrapper,
      String classpath,
      List<String> jvmOptions,
      Path dataDir,
      List<String> commandLine)
      throws IOException {
    return new MonitorLauncher(wrapper, classpath, jvmOptions, dataDir, commandLine);
  }

  private MonitorLauncher(
      List<String> wrapper,
      String classpath,
      List<String> jvmOptions,
      Path dataDir,
      List<String> commandLine)
      throws IOException {
    List<String> command = new ArrayList<>(wrapper);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.addAll(commandLine);
    ProcessBuilder pb = new ProcessBuilder(command);
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

  public Process process() {
    return process;
  }

  /** The stdout lines so far, in order, as text. */
  public List<String> texts() {
    return lines.stream().map(Line::text).toList();
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
