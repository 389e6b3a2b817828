package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.repair.FindingRecheck;
import com.maemuki.bridgelink.service.repair.Verification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A repair's re-check over the running monitor. It answers "is the fault gone?", not "has flap
 * damping cleared it yet?": it re-runs the sources behind the finding, waits until they have run,
 * and asks the monitor's raw (undamped) evaluation of those fresh readings whether the finding is
 * still raised ({@link RecheckTally} decides). When the fault is gone it waits a little longer for
 * the damped clear ({@code damping.clearAfter} good sightings, which the monitor confirms every
 * {@code damping.confirmDelay}) so the tray's state agrees with the result, but the verdict is
 * "fixed" either way. When the finding is still raised, the sources run again after the confirm
 * delay until {@code damping.raiseAfter} sightings in a row say so. Everything is bounded by {@code
 * bound}; only when no fresh run finished by then is the repair "unverified".
 */
final class MonitorRecheck implements FindingRecheck {

  private static final Duration POLL = Duration.ofMillis(25);

  /** Beyond the confirm delays, what the damped clear may take: the sources' own run time. */
  private static final Duration CLEAR_MARGIN = Duration.ofSeconds(2);

  private final LinkMonitor monitor;
  private final Duration bound;

  MonitorRecheck(LinkMonitor monitor, Duration bound) {
    this.monitor = monitor;
    this.bound = bound;
  }

  @Override
  public Verification verify(String findingKey) {
    long deadline = System.nanoTime() + bound.toNanos();
    Damping damping = monitor.damping();
    List<String> sources = sourcesBehind(findingKey);
    RecheckTally tally = new RecheckTally(damping.raiseAfter());
    try {
      while (true) {
        if (!runAgain(sources, deadline)) {
          return tally.atBound();
        }
        tally.observe(raisedNow(findingKey));
        Optional<Verification> decided = tally.decided();
        if (decided.isPresent()) {
          if (decided.get() == Verification.FIXED) {
            awaitDampedClear(findingKey, damping, deadline);
          }
          return decided.get();
        }
        if (!pause(damping.confirmDelay(), deadline)) {
          return tally.atBound();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return tally.atBound();
    }
  }

  /**
   * The sources behind the finding, from the damped snapshot or the raw evaluation (a finding not
   * raised yet); every source when the monitor knows neither (the fresh look then covers all).
   */
  private List<String> sourcesBehind(String key) {
    Optional<Finding> finding =
        monitor.snapshot().findings().stream()
            .map(ActiveFinding::finding)
            .filter(f -> f.key().equals(key))
            .findFirst()
            .or(() -> monitor.rawFindings().stream().filter(f -> f.key().equals(key)).findFirst());
    Set<String> known = monitor.readings().entries().keySet();
    List<String> sources =
        finding.map(monitor::sourcesOf).orElse(List.of()).stream().filter(known::contains).toList();
    return sources.isEmpty() ? List.copyOf(known) : sources;
  }

  /** Runs {@code sources} now and waits until each has finished a run; false at the deadline. */
  private boolean runAgain(List<String> sources, long deadline) throws InterruptedException {
    Map<String, Long> before = new HashMap<>();
    sources.forEach(s -> before.put(s, monitor.readings().runs(s)));
    sources.forEach(monitor::trigger);
    while (!allRanAgain(before)) {
      if (!pause(POLL, deadline)) {
        return allRanAgain(before);
      }
    }
    return true;
  }

  private boolean allRanAgain(Map<String, Long> before) {
    var readings = monitor.readings();
    return before.entrySet().stream().allMatch(e -> readings.runs(e.getKey()) > e.getValue());
  }

  private boolean raisedNow(String key) {
    return monitor.rawFindings().stream().anyMatch(f -> f.key().equals(key));
  }

  /**
   * Waits (bounded) until the damped snapshot no longer shows the finding. Best effort: the verdict
   * is already "fixed", this only lets the tray's state catch up before the result arrives.
   */
  private void awaitDampedClear(String key, Damping damping, long deadline)
      throws InterruptedException {
    long settle =
        System.nanoTime()
            + damping
                .confirmDelay()
                .multipliedBy(damping.clearAfter())
                .plus(CLEAR_MARGIN)
                .toNanos();
    long until = Math.min(deadline, settle);
    while (dampedActive(key) && pause(POLL, until)) {
      // the monitor re-runs the sources at the confirm cadence by itself
    }
  }

  private boolean dampedActive(String key) {
    return monitor.snapshot().findings().stream().anyMatch(f -> f.key().equals(key));
  }

  /** Sleeps {@code step} unless that passes {@code until}; false when there is no time left. */
  private static boolean pause(Duration step, long until) throws InterruptedException {
    long left = until - System.nanoTime();
    if (left <= 0) {
      return false;
    }
    Thread.sleep(Math.max(1, Math.min(step.toMillis(), left / 1_000_000)));
    return true;
  }
}
