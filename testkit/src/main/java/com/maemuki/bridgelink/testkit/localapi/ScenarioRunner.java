package com.maemuki.bridgelink.testkit.localapi;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** Plays a {@link Scenario}'s steps against a running simulator at their times. */
public final class ScenarioRunner {

  private final Scenario scenario;
  private final LocalApiSimulator simulator;
  private final PrintStream log;

  public ScenarioRunner(Scenario scenario, LocalApiSimulator simulator, PrintStream log) {
    this.scenario = scenario;
    this.simulator = simulator;
    this.log = log;
  }

  /**
   * Runs every step at its time (relative to now), then waits for {@code endAt} if the scenario has
   * one, else until {@code stop} counts down.
   */
  public void play(CountDownLatch stop) throws InterruptedException, IOException {
    long start = System.nanoTime();
    for (Scenario.Step step : scenario.steps()) {
      long wait = start + step.at().toNanos() - System.nanoTime();
      if (wait > 0 && stop.await(wait, TimeUnit.NANOSECONDS)) {
        return;
      }
      apply(step);
    }
    if (scenario.endAt().isPresent()) {
      long wait = start + scenario.endAt().get().toNanos() - System.nanoTime();
      stop.await(Math.max(0, wait), TimeUnit.NANOSECONDS);
    } else {
      stop.await();
    }
  }

  /** Applies one step now. */
  public void apply(Scenario.Step step) throws IOException {
    log.println("[simulator +" + format(step.at()) + "] " + describe(step));
    if (step.clearFaults()) {
      simulator.faults().clear();
    }
    if (step.set() != null) {
      TailnetPatch.apply(simulator.tailnet(), step.set());
    }
    if (step.fault() != null) {
      fault(step.fault());
    }
    switch (step.daemon()) {
      case "" -> {}
      case "stop" -> simulator.stop();
      case "stop-keep-socket" -> simulator.stopKeepingSocketFile();
      case "start" -> simulator.restart();
      default -> throw new IllegalArgumentException("unknown daemon action: " + step.daemon());
    }
  }

  private void fault(JsonNode fault) {
    SimulatorFaults faults = simulator.faults();
    for (Map.Entry<String, JsonNode> entry : fault.properties()) {
      JsonNode v = entry.getValue();
      switch (entry.getKey()) {
        case "hang" -> faults.hang(endpoints(v));
        case "garbage" -> faults.garbage(endpoints(v));
        case "drop" -> faults.drop(endpoints(v));
        case "httpError" ->
            faults.httpError(
                v.path("endpoint").asString("*"),
                v.path("status").asInt(500),
                v.path("body").asString(""));
        default -> throw new IllegalArgumentException("unknown fault: " + entry.getKey());
      }
    }
  }

  private static String[] endpoints(JsonNode array) {
    if (array.isString()) {
      return new String[] {array.asString()};
    }
    String[] out = new String[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asString();
    }
    return out;
  }

  private static String describe(Scenario.Step step) {
    if (!step.say().isEmpty()) {
      return step.say();
    }
    StringBuilder what = new StringBuilder();
    if (step.set() != null) {
      what.append("set ").append(TabJson.compact(step.set())).append(' ');
    }
    if (step.fault() != null) {
      what.append("fault ").append(TabJson.compact(step.fault())).append(' ');
    }
    if (step.clearFaults()) {
      what.append("faults cleared ");
    }
    if (!step.daemon().isEmpty()) {
      what.append("daemon ").append(step.daemon());
    }
    return what.toString().strip();
  }

  private static String format(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
