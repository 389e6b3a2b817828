package com.maemuki.bridgelink.testkit.localapi.windows;

import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.Scenario;
import com.maemuki.bridgelink.testkit.localapi.SimRequest;
import java.io.IOException;
import java.util.List;

/**
 * The LocalAPI simulator as a Windows process on tailscaled's named pipe (scripts/checks/wine.sh):
 * {@code PipeSimulatorMain [--pipe NAME] [--scenario FILE|NAME] [--seconds N]}. Serves for N
 * seconds (default 60), then prints every request it received, one "request METHOD PATH" line each,
 * and exits.
 */
public final class PipeSimulatorMain {

  private PipeSimulatorMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String pipe = PipeLocalApiServer.TAILSCALED_PIPE;
    String scenarioName = null;
    long seconds = 60;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--pipe" -> pipe = args[i + 1];
        case "--scenario" -> scenarioName = args[i + 1];
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println(
              "usage: PipeSimulatorMain [--pipe NAME] [--scenario FILE|NAME] [--seconds N]");
          System.exit(2);
        }
      }
    }
    Scenario scenario =
        scenarioName == null
            ? Scenario.parse("{\"tailnet\":{\"base\":\"office\"}}", "default")
            : Scenario.load(scenarioName);
    LocalApiSimulator simulator = LocalApiSimulator.unlistened(scenario.initialTailnet());
    try (PipeLocalApiServer server = PipeLocalApiServer.start(pipe, simulator)) {
      System.out.println("LocalAPI simulator (a simulation, not tailscaled) listening on " + pipe);
      System.out.flush();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      int printed = 0;
      while (System.nanoTime() < end) {
        List<SimRequest> requests = simulator.requests();
        for (SimRequest request :
            requests.subList(Math.min(printed, requests.size()), requests.size())) {
          System.out.println("request " + request.method() + " " + request.path());
        }
        printed = requests.size();
        System.out.flush();
        Thread.sleep(100);
      }
    }
  }
}
