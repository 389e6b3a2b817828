package com.maemuki.bridgelink.testkit.localapi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the LocalAPI simulator as its own process, for {@code scripts/demo} and end-to-end tests:
 * {@code SimulatorMain --socket PATH [--scenario FILE|NAME]}. Stops on SIGTERM/Ctrl-C (removing its
 * socket) or at the scenario's {@code endAt}.
 */
public final class SimulatorMain {

  private SimulatorMain() {}

  public static void main(String[] args) {
    String socket = null;
    String scenarioName = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--socket" -> socket = i + 1 < args.length ? args[++i] : null;
        case "--scenario" -> scenarioName = i + 1 < args.length ? args[++i] : null;
        case "--help", "-h" -> {
          usage();
          return;
        }
        default -> {
          System.err.println("simulator: unknown argument " + args[i]);
          usage();
          System.exit(2);
        }
      }
    }
    if (socket == null) {
      System.err.println("simulator: --socket PATH is required");
      usage();
      System.exit(2);
    }
    try {
      System.exit(run(Path.of(socket), scenarioName));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("simulator: " + e.getMessage());
      System.exit(1);
    }
  }

  private static int run(Path socket, String scenarioName) throws IOException {
    Scenario scenario =
        scenarioName == null
            ? Scenario.parse("{\"tailnet\":{\"base\":\"office\"}}", "default")
            : Scenario.load(scenarioName);
    LocalApiSimulator simulator = LocalApiSimulator.start(socket, scenario.initialTailnet());
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  try {
                    simulator.close();
                  } catch (IOException ignored) {
                    // Exiting anyway.
                  }
                }));
    System.out.println("LocalAPI simulator (a simulation, not tailscaled) listening on " + socket);
    if (!scenario.description().isEmpty()) {
      System.out.println("scenario: " + scenario.description());
    }
    System.out.flush();
    try {
      new ScenarioRunner(scenario, simulator, System.out).play(stop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    simulator.close();
    return 0;
  }

  private static void usage() {
    System.err.println(
        "usage: SimulatorMain --socket PATH [--scenario FILE|NAME]\n"
            + "  Serves a simulated tailscaled LocalAPI on the Unix socket PATH.\n"
            + "  NAME is a bundled scenario (demo); the format is in docs/simulator.md.");
  }
}
