package com.maemuki.bridgelink.service.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A real executable standing in for systemctl or powershell.exe: it records every argument (one per
 * line) and prints a canned output, so adapters are tested through a real process.
 */
public final class StandInProgram {

  private final Path program;
  private final Path argsLog;

  private StandInProgram(Path program, Path argsLog) {
    this.program = program;
    this.argsLog = argsLog;
  }

  /**
   * @param dir where to create it
   * @param stdoutFile the file whose content it prints
   * @param exitCode what it exits with
   */
  public static StandInProgram create(Path dir, String name, Path stdoutFile, int exitCode)
      throws IOException {
    Path program = dir.resolve(name);
    Path log = dir.resolve(name + ".args");
    String script =
        "#!/bin/sh\n"
            + "for a in \"$@\"; do printf '%s\\n' \"$a\" >> '"
            + log
            + "'; done\n"
            + "printf '%s\\n' '<<end of call>>' >> '"
            + log
            + "'\n"
            + "cat '"
            + stdoutFile
            + "'\n"
            + "exit "
            + exitCode
            + "\n";
    Files.writeString(program, script, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    return new StandInProgram(program, log);
  }

  public String path() {
    return program.toAbsolutePath().toString();
  }

  /** The argument lists of every call so far (without the program path). */
  public List<List<String>> calls() throws IOException {
    if (!Files.exists(argsLog)) {
      return List.of();
    }
    List<List<String>> calls = new java.util.ArrayList<>();
    List<String> current = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(argsLog)) {
      if (line.equals("<<end of call>>")) {
        calls.add(current);
        current = new java.util.ArrayList<>();
      } else {
        current.add(line);
      }
    }
    return calls;
  }
}
