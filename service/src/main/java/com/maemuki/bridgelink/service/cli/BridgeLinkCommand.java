package com.maemuki.bridgelink.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bridge-link} command: lists and dispatches the subcommands. */
@Command(
    name = "bridge-link",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps the Tailscale link of a Maemuki Bridge machine healthy.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AnalyzeCommand.class,
      RunCommand.class,
      DoctorCommand.class,
      DiagCommand.class,
      StatusCommand.class,
      RepairCommand.class
    })
public final class BridgeLinkCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Entry point of the {@code bridge-link} launcher. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** Builds the command line with every subcommand; tests call this to run commands in-process. */
  public static CommandLine newCommandLine() {
    HelpDefaults.publish();
    CommandLine cl = new CommandLine(new BridgeLinkCommand());
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }
}
