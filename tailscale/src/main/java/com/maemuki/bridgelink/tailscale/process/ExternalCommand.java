package com.maemuki.bridgelink.tailscale.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One program run: an absolute executable path, its arguments (passed as they are, no shell), a
 * deadline, a cap on captured output per stream, optional extra environment and standard input.
 */
public record ExternalCommand(
    Path executable,
    List<String> arguments,
    Duration deadline,
    long maxOutputBytes,
    Map<String, String> environment,
    byte[] stdin) {

  /** Output kept per stream unless a command says otherwise. */
  public static final long DEFAULT_MAX_OUTPUT_BYTES = 4L * 1024 * 1024;

  public ExternalCommand {
    if (!executable.isAbsolute()) {
      // A bare name would be looked up on PATH, which a SYSTEM service must never trust.
      throw new IllegalArgumentException(
          "refusing to run '" + executable + "': the program must be given by absolute path");
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive: " + deadline);
    }
    if (maxOutputBytes < 0) {
      throw new IllegalArgumentException("maxOutputBytes must not be negative");
    }
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    stdin = stdin == null ? new byte[0] : stdin.clone();
  }

  /** {@code executable args…} with a deadline, the default cap, no extra environment or input. */
  public static ExternalCommand of(Path executable, Duration deadline, String... arguments) {
    return new ExternalCommand(
        executable, List.of(arguments), deadline, DEFAULT_MAX_OUTPUT_BYTES, Map.of(), null);
  }

  public ExternalCommand withMaxOutputBytes(long bytes) {
    return new ExternalCommand(executable, arguments, deadline, bytes, environment, stdin);
  }

  public ExternalCommand withEnvironment(Map<String, String> extra) {
    return new ExternalCommand(executable, arguments, deadline, maxOutputBytes, extra, stdin);
  }

  public ExternalCommand withStdin(byte[] input) {
    return new ExternalCommand(executable, arguments, deadline, maxOutputBytes, environment, input);
  }

  /** The full argument vector, program first. */
  public List<String> commandLine() {
    List<String> all = new ArrayList<>();
    all.add(executable.toString());
    all.addAll(arguments);
    return all;
  }

  /** The command as a person would type it, for logs and messages (not for execution). */
  public String describe() {
    return String.join(" ", commandLine());
  }
}
