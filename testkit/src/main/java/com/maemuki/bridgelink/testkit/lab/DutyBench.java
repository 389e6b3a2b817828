package com.maemuki.bridgelink.testkit.lab;

import com.maemuki.bridgelink.testkit.localapi.DutyMeter;
import com.maemuki.bridgelink.testkit.localapi.SimIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * scripts/bench-duty's harness: the real monitor process ({@code bridge-link run}, default
 * intervals) against the simulator, whose main socket is SYSTEM's, in three scenarios — healthy,
 * one peer offline (control says so, its port does not answer, and a LocalAPI ping to it is never
 * answered, as tailscaled does) and one peer's application port closed (the peer answers pings).
 * Per scenario: the LocalAPI duty cycle measured by the simulator (share of wall time with a
 * request in flight: the share of time a SYSTEM service can lock the signed-in user out), requests
 * per minute by endpoint, and the monitor's CPU; the median of N fresh runs. The three scenarios of
 * a run go side by side (each its own simulator, listeners and monitor process).
 *
 * <p>Usage: {@code DutyBench SERVICE_CLASSPATH OUT_JSON WARMUP_S WINDOW_S RUNS [SCENARIO...]}, JVM
 * options for the monitor in the system property {@code bench.jvmOptions}.
 */
public final class DutyBench {

  /** The three situations the duty cycle must stay low in. */
  enum Scenario {
    HEALTHY,
    PEER_OFFLINE,
    PORT_CLOSED
  }

  private record Run(double dutyPercent, Map<String, Double> perMinute, double cpuPercent) {}

  private DutyBench() {}

  public static void main(String[] args) throws Exception {
    String classpath = args[0];
    Path out = Path.of(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int window = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      scenarios.add(Scenario.valueOf(args[i].toUpperCase(Locale.ROOT).replace('-', '_')));
    }
    if (scenarios.isEmpty()) {
      scenarios.addAll(List.of(Scenario.values()));
    }
    List<String> jvm = MonitorLauncher.benchJvmOptions();
    Map<Scenario, List<Run>> results = new LinkedHashMap<>();
    scenarios.forEach(sc -> results.put(sc, new ArrayList<>()));
    // The scenarios of one run go side by side (one lab and one monitor process each), so a run
    // takes one window, not three; runs follow each other, each with fresh processes.
    ExecutorService parallel = Executors.newFixedThreadPool(scenarios.size());
    try {
      for (int r = 0; r < runs; r++) {
        Map<Scenario, Future<Run>> pending = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
          pending.put(
              scenario, parallel.submit(() -> once(classpath, jvm, scenario, warmup, window)));
        }
        for (Map.Entry<Scenario, Future<Run>> e : pending.entrySet()) {
          Run run = e.getValue().get();
          System.err.printf(
              Locale.ROOT,
              "  %s run %d/%d: duty %.3f %%, %s, CPU %.3f %%%n",
              name(e.getKey()),
              r + 1,
              runs,
              run.dutyPercent(),
              perMinuteText(run.perMinute()),
              run.cpuPercent());
          results.get(e.getKey()).add(run);
        }
      }
    } finally {
      parallel.shutdownNow();
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "LocalAPI duty cycle (monitor at default intervals, %d s window after %d s, median of %d"
            + " runs)%n",
        window,
        warmup,
        runs);
    System.out.printf(
        Locale.ROOT, "  %-13s %9s %9s  %s%n", "scenario", "duty %", "CPU %", "requests/min");
    StringBuilder json = new StringBuilder("{\n  \"duty\": [\n");
    int i = 0;
    for (Map.Entry<Scenario, List<Run>> e : results.entrySet()) {
      List<Run> list = e.getValue();
      double duty = median(list.stream().mapToDouble(Run::dutyPercent).toArray());
      double cpu = median(list.stream().mapToDouble(Run::cpuPercent).toArray());
      Map<String, Double> perMinute = new TreeMap<>();
      list.stream()
          .flatMap(r -> r.perMinute().keySet().stream())
          .distinct()
          .forEach(
              k ->
                  perMinute.put(
                      k,
                      median(
                          list.stream()
                              .mapToDouble(r -> r.perMinute().getOrDefault(k, 0.0))
                              .toArray())));
      System.out.printf(
          Locale.ROOT,
          "  %-13s %9.3f %9.3f  %s%n",
          name(e.getKey()),
          duty,
          cpu,
          perMinuteText(perMinute));
      json.append(
          String.format(
              Locale.ROOT,
              "    {\"scenario\": \"%s\", \"dutyPercent\": %.4f, \"cpuPercentOfOneCore\": %.3f,"
                  + " \"requestsPerMinute\": {%s}, \"dutyPercentPerRun\": %s, \"cpuPercentPerRun\":"
                  + " %s}%s%n",
              name(e.getKey()),
              duty,
              cpu,
              perMinuteJson(perMinute),
              column(list.stream().mapToDouble(Run::dutyPercent).toArray(), "%.4f"),
              column(list.stream().mapToDouble(Run::cpuPercent).toArray(), "%.3f"),
              ++i < results.size() ? "," : ""));
    }
    json.append(
        String.format(
            Locale.ROOT,
            "  ],%n  \"warmupSeconds\": %d,%n  \"windowSeconds\": %d,%n  \"runs\": %d%n}%n",
            warmup,
            window,
            runs));
    Files.writeString(out, json.toString());
    System.out.println("Results written to " + out);
  }

  private static Run once(
      String classpath, List<String> jvm, Scenario scenario, int warmup, int window)
      throws Exception {
    Path work = Files.createTempDirectory("bench-duty");
    try (LinkLab lab = new LinkLab(work.resolve("lab"), 2, 1, "{}", "")) {
      lab.simulator().identify(SimIdentity.system(4));
      switch (scenario) {
        case HEALTHY -> {}
        case PEER_OFFLINE -> {
          lab.inject(LabFault.PEER_OFFLINE);
          lab.inject(LabFault.PORT_CLOSED);
        }
        case PORT_CLOSED -> lab.inject(LabFault.PORT_CLOSED);
      }
      try (MonitorLauncher monitor =
          MonitorLauncher.runAgainst(lab, classpath, jvm, work, "--no-ipc")) {
        Thread.sleep(warmup * 1000L);
        lab.simulator().duty().reset();
        long ticks0 = DetectionBench.cpuTicks(monitor.pid());
        long t0 = System.nanoTime();
        Thread.sleep(window * 1000L);
        DutyMeter.Reading reading = lab.simulator().duty().reading();
        long ticks1 = DetectionBench.cpuTicks(monitor.pid());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> perMinute = new TreeMap<>();
        reading.requests().forEach((k, v) -> perMinute.put(k, v * 60.0 / seconds));
        return new Run(
            reading.dutyCycle() * 100.0,
            perMinute,
            (ticks1 - ticks0) / 100.0 / seconds * 100.0); // USER_HZ is 100 on Linux
      }
    }
  }

  private static String name(Scenario s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static String perMinuteText(Map<String, Double> perMinute) {
    List<String> parts = new ArrayList<>();
    perMinute.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.1f", k, v)));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static String perMinuteJson(Map<String, Double> perMinute) {
    List<String> parts = new ArrayList<>();
    perMinute.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "\"%s\": %.2f", k, v)));
    return String.join(", ", parts);
  }

  private static String column(double[] values, String format) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, format, values[i]));
    }
    return sb.append(']').toString();
  }
}
