package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.platform.Platforms;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    if (utf8Stdout(Platforms.os().isWindows(), System.console() != null)) {
      System.setOut(
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }
    System.exit(newCommandLine().execute(args));
  }

  /**
   * Whether stdout must be re-encoded as UTF-8: on Windows, when it is a file or pipe (JSON for jq,
   * a script), Java writes the ANSI code page (cp1252: an em dash became byte 0x97, invalid JSON
   * text for any UTF-8 reader; seen under Wine). A console keeps the console's own encoding.
   */
  static boolean utf8Stdout(boolean windows, boolean console) {
    return windows && !console;
  }

  /** Builds the command line with every subcommand; tests call this to run commands in-process. */
  public static CommandLine newCommandLine() {
    HelpDefaults.publish();
    CommandLine cl = new CommandLine(new BridgeLinkCommand());
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }
}
