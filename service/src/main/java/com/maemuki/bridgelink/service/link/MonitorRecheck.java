package com.maemuki.bridgelink.service.link;

import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.repair.FindingRecheck;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A repair's re-check over the running monitor: runs the sources behind the finding at once, waits
 * (bounded) until they have run and the monitor has evaluated again, then looks whether the finding
 * is still active. Flap damping still applies, so a finding that clears only after its clear count
 * reports "still present" here and clears by itself shortly after.
 */
final class MonitorRecheck implements FindingRecheck {

  private static final Duration POLL = Duration.ofMillis(50);

  private final LinkMonitor monitor;
  private final Function<ActiveFinding, List<String>> sourcesOf;
  private final Duration bound;

  MonitorRecheck(
      LinkMonitor monitor, Function<ActiveFinding, List<String>> sourcesOf, Duration bound) {
    this.monitor = monitor;
    this.sourcesOf = sourcesOf;
    this.bound = bound;
  }

  @Override
  public boolean stillPresent(String findingKey) {
    Optional<ActiveFinding> active = find(findingKey);
    if (active.isEmpty()) {
      return false;
    }
    List<String> sources = sourcesOf.apply(active.get());
    Map<String, Long> before = new HashMap<>();
    sources.forEach(s -> before.put(s, monitor.readings().runs(s)));
    Instant asked = Instant.now();
    sources.forEach(monitor::trigger);
    long until = System.nanoTime() + bound.toNanos();
    try {
      while (System.nanoTime() < until
          && (!allRanAgain(before) || monitor.snapshot().time().isBefore(asked))) {
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return find(findingKey).isPresent();
  }

  private boolean allRanAgain(Map<String, Long> before) {
    return before.entrySet().stream()
        .allMatch(e -> monitor.readings().runs(e.getKey()) > e.getValue());
  }

  private Optional<ActiveFinding> find(String key) {
    return monitor.snapshot().findings().stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
