package com.maemuki.bridgelink.service.cli.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code bridge-link …} as a user runs it: a separate JVM on the packaged distribution ({@code
 * service/target/dist/lib/*}), its stdout and stderr lines collected as they come.
 */
final class CliProcess implements AutoCloseable {
  static final Path DIST = Path.of("target", "dist", "lib").toAbsolutePath();

  final Process process;
  final List<String> out = new CopyOnWriteArrayList<>();
  final List<String> err = new CopyOnWriteArrayList<>();

  private CliProcess(Process process) {
    this.process = process;
    collect(process.getInputStream(), out, "cli-stdout");
    collect(process.getErrorStream(), err, "cli-stderr");
  }

  static CliProcess start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(DIST + "/*");
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("BRIDGE_LINK_IPC_SOCKET");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    return new CliProcess(process);
  }

  /** Runs to completion (at most 60 s) and returns the exit status. */
  static CliProcess run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    CliProcess cli = start(env, args);
    if (!cli.process.waitFor(60, TimeUnit.SECONDS)) {
      cli.process.destroyForcibly();
      throw new AssertionError("bridge-link " + String.join(" ", args) + " did not end");
    }
    cli.drain();
    return cli;
  }

  int exit() {
    return process.exitValue();
  }

  String stdout() {
    return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
  }

  String stderr() {
    return String.join("\n", err) + (err.isEmpty() ? "" : "\n");
  }

  /** Waits for a stdout line matching {@code match}. */
  String awaitLine(String what, Predicate<String> match, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      for (String line : out) {
        if (match.test(line)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        drain();
        throw new AssertionError(
            "exited ("
                + process.exitValue()
                + ") waiting for "
                + what
                + "\n"
                + stdout()
                + stderr());
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + "\n" + stdout());
  }

  private final List<Thread> readers = new ArrayList<>();

  private void collect(InputStream stream, List<String> lines, String name) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException ignored) {
                // the process ended
              }
            },
            name);
    reader.setDaemon(true);
    reader.start();
    readers.add(reader);
  }

  /** Waits until every output line of an ended process has been collected. */
  private void drain() throws InterruptedException {
    for (Thread reader : readers) {
      reader.join(5000);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
