package com.maemuki.bridgelink.service.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage, in every subcommand and for an unknown command: one line saying what is wrong, one
 * line saying where help is, and exit status 64 (EX_USAGE). Not 2: that is "a critical finding",
 * and a monitoring probe with a typo must not page anyone.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  static final int EXIT_USAGE = 64;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    boolean top = cmd.getCommandSpec().parent() == null;
    if (top && ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String word = u.getUnmatched().get(0);
      err.println(
          name
              + ": "
              + (word.startsWith("-") ? "unknown option '" : "unknown command '")
              + word
              + "'");
      err.println(
          "Try '"
              + name
              + " --help'; commands: "
              + String.join(", ", cmd.getSubcommands().keySet()));
    } else {
      err.println(name + ": " + oneLine(ex.getMessage()));
      err.println("Try '" + name + " --help'.");
    }
    err.flush();
    return EXIT_USAGE;
  }

  private static String oneLine(String message) {
    String m = message == null ? "bad command line" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
