package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import com.maemuki.bridgelink.tailscale.process.ExternalCommand;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@link ProgramRunner} over the service's external-command runner ({@code service.process}):
 * absolute path only, argument list, deadline, whole process tree killed at the deadline, capped
 * UTF-8 capture.
 */
public final class ProcessProgramRunner implements ProgramRunner {

  private final CommandRunner runner;

  public ProcessProgramRunner() {
    this(new ProcessCommandRunner());
  }

  public ProcessProgramRunner(CommandRunner runner) {
    this.runner = runner;
  }

  @Override
  public ProgramResult run(List<String> command, Duration deadline) throws IOException {
    if (command.isEmpty() || !Path.of(command.get(0)).isAbsolute()) {
      throw new IOException("refusing to run a program without an absolute path: " + command);
    }
    ExternalCommand external =
        ExternalCommand.of(
            Path.of(command.get(0)),
            deadline,
            command.subList(1, command.size()).toArray(String[]::new));
    try {
      CommandResult r = runner.run(external);
      return new ProgramResult(r.exitCode(), r.stdout(), r.stderr(), r.timedOut());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running " + command.get(0));
    }
  }
}
