package com.maemuki.bridgelink.testkit.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * scripts/bench-monitor's harness. (1) Detection latency: the monitor at default intervals and
 * damping against a {@link LinkLab}; per fault kind, N injections at a random phase, each timed
 * from injection to the {@code raised} line. (2) Steady state: the monitor watching 5 peers × 2
 * ports at default intervals; CPU share and RSS from /proc after a warm-up. Prints a table and
 * writes {@code bench-results.json}.
 *
 * <p>Usage: {@code DetectionBench SERVICE_CLASSPATH OUT_JSON INJECTIONS WARMUP_S WINDOW_S KIND...}
 * with JVM options for the monitor in the system property {@code bench.jvmOptions} and the number
 * of steady-state runs (each a fresh monitor process; the median is reported) in {@code
 * bench.steadyRuns} (default 3): one run's CPU share varies by ±15 % with what else the machine
 * does, so a single figure would be luck.
 */
public final class DetectionBench {

  private DetectionBench() {}

  public static void main(String[] args) throws Exception {
    String classpath = args[0];
    Path out = Path.of(args[1]);
    int injections = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int window = Integer.parseInt(args[4]);
    List<LabFault> kinds = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      kinds.add(LabFault.valueOf(args[i]));
    }
    List<String> jvm = MonitorLauncher.benchJvmOptions();
    Path work = Files.createTempDirectory("bench-monitor");
    Map<LabFault, double[]> latencies = new LinkedHashMap<>();
    try (LinkLab lab = new LinkLab(work.resolve("lab"), 1, 1, "{}", "");
        MonitorLauncher monitor = MonitorLauncher.runAgainst(lab, classpath, jvm, work)) {
      MonitorLauncher.Line ok = monitor.await(0, " state ok: ", 30_000);
      if (ok == null) {
        throw new IllegalStateException("the monitor never reported the link ok");
      }
      for (LabFault kind : kinds) {
        double[] samples = new double[injections];
        for (int i = 0; i < injections; i++) {
          Thread.sleep(ThreadLocalRandom.current().nextLong(0, 5000)); // random phase
          int from = monitor.lineCount();
          long t0 = System.nanoTime();
          lab.inject(kind);
          MonitorLauncher.Line raised = monitor.await(from, " raised " + kind.code() + " ", 60_000);
          lab.restore(kind);
          if (raised == null) {
            throw new IllegalStateException(kind + " was not raised within 60 s");
          }
          samples[i] = (raised.nanos() - t0) / 1e6;
          int after = monitor.indexOf(raised);
          if (monitor.await(after, " state ok: ", 60_000) == null) {
            throw new IllegalStateException(kind + " did not clear within 60 s");
          }
          System.err.printf(Locale.ROOT, "  %s #%d: %.0f ms%n", kind.code(), i + 1, samples[i]);
        }
        latencies.put(kind, samples);
      }
    }
    int runs = Math.max(1, Integer.getInteger("bench.steadyRuns", 3));
    double[][] steadyRuns = new double[runs][];
    for (int r = 0; r < runs; r++) {
      steadyRuns[r] = steadyState(classpath, jvm, warmup, window);
      System.err.printf(
          Locale.ROOT,
          "  steady state run %d/%d: CPU %.3f %% of one core, RSS %.1f MiB%n",
          r + 1,
          runs,
          steadyRuns[r][0],
          steadyRuns[r][1]);
    }
    double[] steady = {median(steadyRuns, 0), median(steadyRuns, 1)};
    String json = report(latencies, steady, steadyRuns, injections, warmup, window);
    Files.writeString(out, json);
    System.out.println();
    System.out.println(
        "Detection latency (default intervals and damping), fault injection → raised");
    System.out.printf(
        Locale.ROOT,
        "  %-26s %6s %10s %10s %10s%n",
        "finding",
        "n",
        "median ms",
        "p95 ms",
        "max ms");
    for (Map.Entry<LabFault, double[]> e : latencies.entrySet()) {
      double[] s = e.getValue().clone();
      Arrays.sort(s);
      System.out.printf(
          Locale.ROOT,
          "  %-26s %6d %10.0f %10.0f %10.0f%n",
          e.getKey().code(),
          s.length,
          percentile(s, 50),
          percentile(s, 95),
          s[s.length - 1]);
    }
    System.out.printf(
        Locale.ROOT,
        "Steady state (5 peers × 2 ports, default intervals, %d s window after %d s, median of %d"
            + " runs): CPU %.3f %% of one core, RSS %.1f MiB%n",
        window,
        warmup,
        runs,
        steady[0],
        steady[1]);
    System.out.println("Results written to " + out);
  }

  /** {CPU percent of one core, RSS MiB}. */
  static double[] steadyState(String classpath, List<String> jvm, int warmup, int window)
      throws Exception {
    Path work = Files.createTempDirectory("bench-steady");
    try (LinkLab lab = new LinkLab(work.resolve("lab"), 5, 2, "{}", "");
        MonitorLauncher monitor = MonitorLauncher.runAgainst(lab, classpath, jvm, work)) {
      Thread.sleep(warmup * 1000L);
      long ticks0 = cpuTicks(monitor.pid());
      long t0 = System.nanoTime();
      Thread.sleep(window * 1000L);
      long ticks1 = cpuTicks(monitor.pid());
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (ticks1 - ticks0) / 100.0 / seconds * 100.0; // USER_HZ is 100 on Linux
      return new double[] {cpu, rssKib(monitor.pid()) / 1024.0};
    }
  }

  static double median(double[][] runs, int column) {
    double[] values = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  static long cpuTicks(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
  }

  static long rssKib(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static String report(
      Map<LabFault, double[]> latencies,
      double[] steady,
      double[][] steadyRuns,
      int n,
      int warmup,
      int window) {
    StringBuilder sb = new StringBuilder("{\n  \"detection\": [\n");
    int i = 0;
    for (Map.Entry<LabFault, double[]> e : latencies.entrySet()) {
      double[] s = e.getValue().clone();
      Arrays.sort(s);
      sb.append(
          String.format(
              Locale.ROOT,
              "    {\"fault\": \"%s\", \"finding\": \"%s\", \"statusVisible\": %s, \"injections\": %d,"
                  + " \"medianMs\": %.1f, \"p95Ms\": %.1f, \"maxMs\": %.1f}%s%n",
              e.getKey().name(),
              e.getKey().code(),
              e.getKey().statusVisible(),
              s.length,
              percentile(s, 50),
              percentile(s, 95),
              s[s.length - 1],
              ++i < latencies.size() ? "," : ""));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "  ],%n  \"steadyState\": {\"peers\": 5, \"portsPerPeer\": 2, \"warmupSeconds\": %d,"
                + " \"windowSeconds\": %d, \"runs\": %d, \"cpuPercentOfOneCore\": %.3f,"
                + " \"rssMiB\": %.1f, \"cpuPercentPerRun\": %s, \"rssMiBPerRun\": %s},%n"
                + "  \"injectionsPerKind\": %d%n}%n",
            warmup,
            window,
            steadyRuns.length,
            steady[0],
            steady[1],
            column(steadyRuns, 0, "%.3f"),
            column(steadyRuns, 1, "%.1f"),
            n));
    return sb.toString();
  }

  private static String column(double[][] runs, int column, String format) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < runs.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, format, runs[i][column]));
    }
    return sb.append(']').toString();
  }
}
