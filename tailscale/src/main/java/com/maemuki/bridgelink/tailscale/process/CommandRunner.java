package com.maemuki.bridgelink.tailscale.process;

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
}
