package com.maemuki.bridgelink.tailscale.process;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs commands with {@link ProcessBuilder}. On the deadline it kills the descendants first (taken
 * before the parent dies: orphans are re-parented and could no longer be found) and then the
 * process itself, forcibly.
 */
public final class ProcessCommandRunner implements CommandRunner {

  /** How long to wait for output still in the pipes once the process has gone. */
  private static final Duration DRAIN_GRACE = Duration.ofMillis(500);

  private static final AtomicInteger THREADS = new AtomicInteger();

  @Override
  public CommandResult run(ExternalCommand command)
      throws CommandStartException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command.commandLine());
    builder.environment().putAll(command.environment());
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new CommandStartException(
          "cannot run " + command.executable() + ": " + e.getMessage(), e);
    }
    CappedCapture out = new CappedCapture(process.getInputStream(), command.maxOutputBytes());
    CappedCapture err = new CappedCapture(process.getErrorStream(), command.maxOutputBytes());
    Thread outPump = pump(out, "stdout");
    Thread errPump = pump(err, "stderr");
    boolean timedOut = false;
    try {
      feed(process, command.stdin());
      long deadlineNanos = started + command.deadline().toNanos();
      if (!process.waitFor(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        timedOut = true;
        killTree(process);
      }
      // Output still in the pipes is read until the deadline (at least a short grace).
      long drainEnd = Math.max(deadlineNanos, System.nanoTime() + DRAIN_GRACE.toNanos());
      joinUntil(outPump, drainEnd);
      joinUntil(errPump, drainEnd);
    } catch (InterruptedException e) {
      killTree(process);
      throw e;
    } finally {
      // A grandchild that escaped (daemonised) may still hold the pipes open: stop reading them.
      closeQuietly(process);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new CommandResult(
        timedOut ? -1 : process.exitValue(),
        out.text(),
        err.text(),
        took,
        timedOut,
        out.truncated(),
        err.truncated());
  }

  private static Thread pump(CappedCapture capture, String name) {
    Thread thread = new Thread(capture, "process-" + name + "-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void feed(Process process, byte[] stdin) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    } catch (IOException ignored) {
      // The program exited or closed its input without reading it; that is its business.
    }
  }

  private static void joinUntil(Thread thread, long endNanos) throws InterruptedException {
    long left = endNanos - System.nanoTime();
    if (left > 0) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  /**
   * Kills the descendants (again for any the still-living parent forked meanwhile, a few rounds at
   * most), then the process. SIGKILL on Unix, TerminateProcess on Windows: nothing can ignore it.
   */
  static void killTree(Process process) throws InterruptedException {
    Set<Long> killed = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      List<ProcessHandle> fresh =
          process.descendants().filter(p -> !killed.contains(p.pid())).collect(Collectors.toList());
      if (fresh.isEmpty()) {
        break;
      }
      for (ProcessHandle child : fresh) {
        child.destroyForcibly();
        killed.add(child.pid());
      }
    }
    process.destroyForcibly();
    process.waitFor(2, TimeUnit.SECONDS);
  }

  private static void closeQuietly(Process process) {
    try {
      process.getInputStream().close();
      process.getErrorStream().close();
    } catch (IOException ignored) {
      // Nothing more to release.
    }
  }
}
