package com.maemuki.bridgelink.tailscale.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pings to one target summed up: how many replies and timeouts, the path of the last reply,
 * min/median/max latency and the errors seen.
 *
 * @param via the last reply's path, or null when none replied
 * @param error the distinct error texts joined with "; ", or null
 */
public record PingSummary(
    String target,
    int replies,
    int timeouts,
    PingVia via,
    String derpRegion,
    String endpoint,
    Double minMs,
    Double medianMs,
    Double maxMs,
    String error) {

  /** Sums up {@code attempts} (all to {@code target}), in the order they happened. */
  public static PingSummary of(String target, List<PingAttempt> attempts) {
    List<Double> latencies = new ArrayList<>();
    int timeouts = 0;
    PingAttempt last = null;
    Set<String> errors = new LinkedHashSet<>();
    for (PingAttempt a : attempts) {
      if (a.isReply()) {
        latencies.add(a.latencyMs());
        last = a;
      } else if (a.timedOut()) {
        timeouts++;
      }
      if (a.error() != null && !a.error().isEmpty()) {
        errors.add(a.error());
      }
    }
    List<Double> sorted = new ArrayList<>(latencies);
    sorted.sort(Double::compare);
    Double min = sorted.isEmpty() ? null : sorted.get(0);
    Double max = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
    Double median = sorted.isEmpty() ? null : median(sorted);
    return new PingSummary(
        target,
        latencies.size(),
        timeouts,
        last == null ? null : last.via(),
        last == null ? null : last.derpRegion(),
        last == null ? null : last.endpoint(),
        min,
        median,
        max,
        errors.isEmpty() ? null : String.join("; ", errors));
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
