package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.config.ConfigManager;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.Evaluator;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SnapshotBuilder;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.monitor.sources.ProbeSource;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bridge-link doctor}: one full cycle in-process, without damping. First the sources that
 * need nothing else (config, status, prefs, daemon), then those that build on the status (probes,
 * local ports, DNS), each under its deadline; then every check once.
 */
public final class DoctorCycle {

  /** What one cycle saw and found. */
  public record Result(
      Instant now,
      Status status,
      Snapshot snapshot,
      List<Finding> findings,
      ProbeReading probes,
      SourceReadings readings) {}

  private static final Set<String> FIRST =
      Set.of("config", "localapi-status", "localapi-prefs", "daemon");

  private DoctorCycle() {}

  public static Result run(DaemonOptions options) {
    Clock clock = Clock.systemUTC();
    ConfigManager configs =
        new ConfigManager(
            options.configFile(), options.configRequired(), options.policy(), options.overrides());
    Map<String, SourceReadings.Entry> entries = new HashMap<>();
    AtomicReference<SourceReadings> readings = new AtomicReference<>(new SourceReadings(Map.of()));
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "doctor-source");
              t.setDaemon(true);
              return t;
            });
    try (SourceWiring sources =
        new SourceWiring(
            configs,
            options.daemonControl(),
            Platforms.firewallReader(DataDirectory.resolve()),
            readings::get,
            clock)) {
      List<Source> first = new ArrayList<>();
      List<Source> second = new ArrayList<>();
      for (Source s : sources.sources) {
        (FIRST.contains(s.name()) ? first : second).add(s);
      }
      runAll(first, pool, entries, clock);
      readings.set(new SourceReadings(entries));
      runAll(second, pool, entries, clock);
    } finally {
      pool.shutdownNow();
    }
    SourceReadings all = new SourceReadings(entries);
    Instant now = clock.instant();
    CheckEvaluator evaluator = new CheckEvaluator(configs::current);
    Evaluator.Evaluation evaluation = evaluator.evaluate(all, now);
    List<ActiveFinding> active = new ArrayList<>();
    for (Finding f : evaluation.findings()) {
      active.add(new ActiveFinding(f, now));
    }
    Snapshot snapshot = SnapshotBuilder.build(now, evaluation, active, all);
    return new Result(
        now,
        SourceWiring.latestStatus(all),
        snapshot,
        evaluation.findings(),
        all.reading(ProbeSource.NAME, ProbeReading.class),
        all);
  }

  private static void runAll(
      List<Source> sources,
      ExecutorService pool,
      Map<String, SourceReadings.Entry> entries,
      Clock clock) {
    Map<Source, Future<Object>> futures = new HashMap<>();
    for (Source s : sources) {
      futures.put(s, pool.submit(s::collect));
    }
    for (Source s : sources) {
      Object reading = null;
      Throwable failure = null;
      try {
        reading = futures.get(s).get(s.deadline().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        futures.get(s).cancel(true);
        failure = new TimeoutException("no result within " + s.deadline().toMillis() + " ms");
      } catch (java.util.concurrent.ExecutionException e) {
        failure = e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = e;
      }
      Instant at = clock.instant();
      String error = failure == null ? null : message(failure);
      entries.put(
          s.name(),
          new SourceReadings.Entry(reading, failure == null ? at : null, at, error, failure, 1));
    }
  }

  private static String message(Throwable t) {
    return t.getMessage() == null || t.getMessage().isBlank()
        ? t.getClass().getSimpleName()
        : t.getMessage();
  }
}
