package com.maemuki.bridgelink.tailscale.cli;

import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import com.maemuki.bridgelink.tailscale.process.CommandStartException;
import com.maemuki.bridgelink.tailscale.process.ExternalCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the {@code tailscale} CLI. Output is returned raw: the CLI writes UTF-8 whatever the console
 * code page, and errors go to stderr with exit 1 (tailscale-formats.md §8).
 */
public final class TailscaleCli {

  /**
   * How long each kind of command may take. {@code pingSlack} is what the process gets beyond the
   * ping's own {@code --timeout} to start and print.
   */
  public record Deadlines(Duration command, Duration netcheck, Duration pingSlack) {
    /** 10 s per command; netcheck probes every DERP region from the CLI process, so 30 s. */
    public static final Deadlines DEFAULT =
        new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(5));
  }

  private final Path executable;
  private final CommandRunner runner;
  private final Optional<String> socket;
  private final Deadlines deadlines;

  /**
   * @param socket a LocalAPI socket to pass as {@code --socket=}, or empty for the CLI's default
   */
  public TailscaleCli(
      Path executable, CommandRunner runner, Optional<String> socket, Deadlines deadlines) {
    if (!executable.isAbsolute()) {
      throw new IllegalArgumentException(
          "the tailscale CLI must be given by absolute path, not '" + executable + "'");
    }
    this.executable = executable;
    this.runner = runner;
    this.socket = socket;
    this.deadlines = deadlines;
  }

  public TailscaleCli(Path executable, CommandRunner runner) {
    this(executable, runner, Optional.empty(), Deadlines.DEFAULT);
  }

  public Path executable() {
    return executable;
  }

  /** {@code tailscale status --json} (2-space indented {@code ipnstate.Status}). */
  public CommandResult statusJson() throws CommandStartException, InterruptedException {
    return run(deadlines.command(), "status", "--json");
  }

  /**
   * {@code tailscale ping -c 1 --timeout <timeout> <host>}: one ping, its transcript on stdout
   * ("pong from …", "ping … timed out") or the error on stderr.
   */
  public CommandResult ping(String host, Duration timeout)
      throws CommandStartException, InterruptedException {
    if (host.startsWith("-")) {
      throw new IllegalArgumentException("not a host name or IP: " + host);
    }
    return run(
        timeout.plus(deadlines.pingSlack()),
        "ping",
        "-c",
        "1",
        "--timeout",
        goDuration(timeout),
        host);
  }

  /** {@code tailscale netcheck} (the text report). */
  public CommandResult netcheck() throws CommandStartException, InterruptedException {
    return run(deadlines.netcheck(), "netcheck");
  }

  /** {@code tailscale netcheck --format=json} (a stderr warning line comes first). */
  public CommandResult netcheckJson() throws CommandStartException, InterruptedException {
    return run(deadlines.netcheck(), "netcheck", "--format=json");
  }

  private CommandResult run(Duration deadline, String... arguments)
      throws CommandStartException, InterruptedException {
    List<String> all = new ArrayList<>();
    socket.ifPresent(path -> all.add("--socket=" + path));
    all.addAll(List.of(arguments));
    return runner.run(
        new ExternalCommand(
            executable,
            all,
            deadline,
            ExternalCommand.DEFAULT_MAX_OUTPUT_BYTES * 4,
            java.util.Map.of(),
            null));
  }

  /** A Go {@code time.Duration} string the CLI's flag parser accepts: "5s", "1500ms". */
  static String goDuration(Duration duration) {
    long millis = duration.toMillis();
    if (millis <= 0) {
      throw new IllegalArgumentException("timeout must be positive: " + duration);
    }
    return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
  }
}
