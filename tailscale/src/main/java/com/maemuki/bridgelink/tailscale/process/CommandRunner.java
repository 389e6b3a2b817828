package com.maemuki.bridgelink.tailscale.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs external commands. The port other packages depend on, so their tests can script results;
 * {@link ProcessCommandRunner} is the real one.
 */
public interface CommandRunner {

  /**
   * Runs {@code command} to completion or its deadline (then kills its whole process tree).
   *
   * @throws CommandStartException when the program cannot be started
   * @throws InterruptedException when the caller is interrupted (the tree is killed first)
   */
  CommandResult run(ExternalCommand command) throws CommandStartException, InterruptedException;

  /**
   * Runs an argument list (the absolute program first, each argument one element, never a shell
   * line) with the default output cap: the form the OS adapters build (systemctl, PowerShell).
   *
   * @throws CommandStartException also when the program is not given by absolute path
   */
  default CommandResult run(List<String> commandLine, Duration deadline)
      throws CommandStartException, InterruptedException {
    if (commandLine.isEmpty() || !Path.of(commandLine.get(0)).isAbsolute()) {
      throw new CommandStartException(
          "refusing to run a program without an absolute path: " + commandLine, null);
    }
    return run(
        ExternalCommand.of(
            Path.of(commandLine.get(0)),
            deadline,
            commandLine.subList(1, commandLine.size()).toArray(String[]::new)));
  }
}
