package com.maemuki.bridgelink.service.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external program: absolute path, argument list (never a shell line), a deadline, and the
 * whole process tree killed when the deadline passes. Adapters (PowerShell, systemctl) depend on
 * this port so tests can run real stand-in programs and assert the exact argument lists.
 */
public interface ProgramRunner {

  /**
   * @param command the absolute program path followed by its arguments, each one element
   * @param deadline how long the program may run
   * @throws IOException when the program cannot be started
   */
  ProgramResult run(List<String> command, Duration deadline) throws IOException;
}
