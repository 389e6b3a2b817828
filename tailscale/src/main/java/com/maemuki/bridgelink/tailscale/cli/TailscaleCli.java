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
 * Runs the {@code tailscale} CLI for what only the CLI does: {@code netcheck}, which probes STUN
 * and every DERP region from the CLI's own process (tailscaled's LocalAPI has no netcheck).
 * Everything else the CLI shows comes from the LocalAPI the product reads directly, with the same
 * permissions (the CLI is one more LocalAPI client of the same user), so it is never the better
 * source (docs/localapi.md). Output is returned raw: the CLI writes UTF-8 whatever the console code
 * page, and errors go to stderr with exit 1 (tailscale-formats.md §8).
 */
public final class TailscaleCli {

  /** How long a command may take. */
  public record Deadlines(Duration netcheck) {
    /** netcheck probes every DERP region from the CLI process: 30 s. */
    public static final Deadlines DEFAULT = new Deadlines(Duration.ofSeconds(30));
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
}
