package com.maemuki.bridgelink.service.cli.admin;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.Transports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bridge-link run --plain … --ipc-socket DIR/ipc.sock} as a child process, returned only
 * once an IPC client has been answered (a socket file alone is not a listener). When the child ends
 * or never answers, the failure carries its exit status, stdout and stderr: the only trace a CI run
 * keeps of why.
 */
final class RunningMonitor implements AutoCloseable {

  private static final long ANSWER_WITHIN_S = 60;

  private final Process process;
  private final Path dataDir;
  private final Path ipc;

  private RunningMonitor(Process process, Path dataDir, Path ipc) {
    this.process = process;
    this.dataDir = dataDir;
    this.ipc = ipc;
  }

  /** Starts {@code run} with {@code args} (after {@code --plain}) and waits until IPC answers. */
  static RunningMonitor start(Path dataDir, String heap, String... args)
      throws IOException, InterruptedException {
    Path ipc = dataDir.resolve("ipc.sock");
    List<String> command = new ArrayList<>(List.of("run", "--plain"));
    command.addAll(List.of(args));
    command.addAll(List.of("--ipc-socket", ipc.toString()));
    Process process =
        BridgeLinkCli.start(dataDir, List.of("-Xmx" + heap), null, command.toArray(String[]::new));
    RunningMonitor monitor = new RunningMonitor(process, dataDir, ipc);
    try {
      monitor.awaitAnswer();
    } catch (RuntimeException | Error | IOException | InterruptedException e) {
      monitor.close();
      throw e;
    }
    return monitor;
  }

  Path ipc() {
    return ipc;
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_S);
    Exception last = null;
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "bridge-link run ended (exit " + process.exitValue() + ")" + output());
      }
      if (Files.exists(ipc)) {
        try (IpcSession probe =
            IpcSession.open(Transports.at(ipc), SessionOptions.of("test/probe"), null)) {
          return;
        } catch (IOException | RuntimeException e) {
          last = e;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "bridge-link run did not answer on "
            + ipc
            + " within "
            + ANSWER_WITHIN_S
            + " s (last: "
            + last
            + ")"
            + output());
  }

  /** What the child printed, for a failure message. */
  String output() throws IOException {
    return "\n--- run stdout ---\n"
        + BridgeLinkCli.read(dataDir, "out.txt")
        + "\n--- run stderr ---\n"
        + BridgeLinkCli.read(dataDir, "err.txt");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
