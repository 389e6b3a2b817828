package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.platform.Platforms;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bridge-link} command: lists and dispatches the subcommands.
 *
 * <p>The subcommands are added here rather than in the annotation so that a run of one subcommand
 * ({@code bridge-link status --json} from a monitoring probe) builds only that subcommand's picocli
 * model: building all of them loaded every command's classes (the monitor's among them) and cost
 * about a third of the start-up.
 */
@Command(
    name = "bridge-link",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps the Tailscale link of a Maemuki Bridge machine healthy.")
public final class BridgeLinkCommand implements Runnable {

  /** The subcommands in the order {@code --help} lists them ({@code help} first). */
  private static final List<String> SUBCOMMANDS =
      List.of("help", "analyze", "run", "doctor", "diag", "status", "repair");

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
    System.exit(commandLineFor(args).execute(args));
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
    return build(SUBCOMMANDS);
  }

  /**
   * The command line for these arguments: when the first one names a subcommand, only that
   * subcommand (its help, errors and exit statuses are the same as in the full tree: it is still a
   * subcommand of {@code bridge-link}); otherwise (no arguments, {@code --help}, {@code help …}, an
   * unknown command) the full tree, which lists or suggests them all.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length > 0 && !"help".equals(args[0]) && SUBCOMMANDS.contains(args[0])) {
      return build(List.of(args[0]));
    }
    return newCommandLine();
  }

  private static CommandLine build(List<String> names) {
    if (names.contains("run") || names.contains("doctor")) {
      HelpDefaults.publish(); // their --config help names the default path (asks the platform)
    }
    CommandLine cl = new CommandLine(new BridgeLinkCommand());
    for (String name : names) {
      cl.addSubcommand(name, newSubcommand(name));
    }
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }

  /** A switch, not a map of constructor references: each lambda costs start-up time. */
  private static Object newSubcommand(String name) {
    return switch (name) {
      case "help" -> new CommandLine.HelpCommand();
      case "analyze" -> new AnalyzeCommand();
      case "run" -> new RunCommand();
      case "doctor" -> new DoctorCommand();
      case "diag" -> new DiagCommand();
      case "status" -> new StatusCommand();
      case "repair" -> new RepairCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }
}
