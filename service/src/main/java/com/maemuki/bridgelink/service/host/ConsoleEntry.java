package com.maemuki.bridgelink.service.host;

/**
 * Runs the installed service's daemon in the foreground, ended by SIGTERM or Ctrl-C: the same
 * lifecycle procrun drives, without procrun. {@code scripts/bench-footprint} measures it.
 */
public final class ConsoleEntry {

  private ConsoleEntry() {}

  /** Runs {@link ServiceDaemons#forService} until the JVM is asked to end; exit 1 if it fails. */
  public static void main(String[] args) {
    if (!ServiceLifecycle.runInConsole(ServiceDaemons.forService(args))) {
      System.exit(1);
    }
  }
}
