package com.maemuki.bridgelink.tray.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one child process from an argument list (no shell), reads its output (capped), and at the
 * deadline kills its whole tree: the descendants first (an orphan could no longer be found), then
 * the process, forcibly.
 */
final class ChildProcess {

  /** Output beyond this is dropped: a repair prints one line. */
  static final int MAX_OUTPUT = 256 * 1024;

  record Result(int exit, String out, String err, boolean timedOut) {}

  private ChildProcess() {}

  static Result run(List<String> command, Duration deadline)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    boolean timedOut = false;
    try {
      if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        timedOut = true;
        killTree(process);
      }
    } catch (InterruptedException e) {
      killTree(process);
      throw e;
    }
    return new Result(timedOut ? -1 : process.exitValue(), drain(out), drain(err), timedOut);
  }

  static void killTree(Process process) throws InterruptedException {
    for (int round = 0; round < 3; round++) {
      List<ProcessHandle> children = process.descendants().toList();
      if (children.isEmpty()) {
        break;
      }
      children.forEach(ProcessHandle::destroyForcibly);
    }
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  private static CompletableFuture<String> read(InputStream in) {
    CompletableFuture<String> text = new CompletableFuture<>();
    Thread pump =
        new Thread(
            () -> {
              ByteArrayOutputStream kept = new ByteArrayOutputStream();
              byte[] buffer = new byte[8192];
              try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  kept.write(buffer, 0, Math.max(0, Math.min(n, MAX_OUTPUT - kept.size())));
                }
              } catch (IOException e) {
                // The pipe closed under us (the process was killed): keep what we have.
              }
              text.complete(kept.toString(StandardCharsets.UTF_8));
            },
            "user-repair-output");
    pump.setDaemon(true);
    pump.start();
    return text;
  }

  /** The output read so far; a grandchild that escaped may hold the pipe open, so not forever. */
  private static String drain(CompletableFuture<String> text) throws InterruptedException {
    try {
      return text.get(2, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return "";
    }
  }
}
