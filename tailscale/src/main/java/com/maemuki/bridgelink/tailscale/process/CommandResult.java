package com.maemuki.bridgelink.tailscale.process;

import java.time.Duration;

/**
 * What a finished (or killed) program left behind. {@code exitCode} is -1 when it was killed at its
 * deadline ({@code timedOut}); output past the cap is dropped and flagged as truncated.
 */
public record CommandResult(
    int exitCode,
    String stdout,
    String stderr,
    Duration duration,
    boolean timedOut,
    boolean stdoutTruncated,
    boolean stderrTruncated) {

  /** Exited on its own with status 0. */
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
