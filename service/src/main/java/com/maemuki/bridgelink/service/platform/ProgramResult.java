package com.maemuki.bridgelink.service.platform;

/**
 * What a finished (or killed) program left behind. Output is decoded as UTF-8 and capped.
 *
 * @param exitCode the exit code, or -1 when killed at the deadline
 * @param stdout standard output (UTF-8)
 * @param stderr standard error (UTF-8)
 * @param timedOut true when the deadline passed and the process tree was killed
 */
public record ProgramResult(int exitCode, String stdout, String stderr, boolean timedOut) {

  public ProgramResult {
    stdout = stdout == null ? "" : stdout;
    stderr = stderr == null ? "" : stderr;
  }

  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }

  /** The first non-blank line of stderr (or stdout), for messages; "" when both are empty. */
  public String firstErrorLine() {
    for (String text : new String[] {stderr, stdout}) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          return line.strip();
        }
      }
    }
    return "";
  }
}
