package com.maemuki.bridgelink.service.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-peer probe samples for the last hour (IPC {@code history.get}, the tray's latency chart).
 * Bounded by age and by count, so a misconfigured fast interval cannot grow it without limit.
 */
public final class LatencyHistory {

  /** One probe round of a peer. */
  public record Sample(Instant time, Double latencyMs, String path, boolean ok) {}

  private static final int MAX_SAMPLES_PER_PEER = 7200;
  private final Duration keep;
  private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

  public LatencyHistory(Duration keep) {
    this.keep = keep;
  }

  public LatencyHistory() {
    this(Duration.ofHours(1));
  }

  public void add(String peer, Sample sample) {
    Deque<Sample> deque = samples.computeIfAbsent(peer, p -> new ArrayDeque<>());
    synchronized (deque) {
      deque.addLast(sample);
      Instant cutoff = sample.time().minus(keep);
      while (!deque.isEmpty()
          && (deque.size() > MAX_SAMPLES_PER_PEER || deque.peekFirst().time().isBefore(cutoff))) {
        deque.removeFirst();
      }
    }
  }

  /** Samples of {@code peer} not older than {@code window} before {@code now}, oldest first. */
  public List<Sample> get(String peer, Duration window, Instant now) {
    Deque<Sample> deque = samples.get(peer);
    if (deque == null) {
      return List.of();
    }
    Instant cutoff = now.minus(window);
    List<Sample> result = new ArrayList<>();
    synchronized (deque) {
      for (Sample s : deque) {
        if (!s.time().isBefore(cutoff)) {
          result.add(s);
        }
      }
    }
    return result;
  }

  /** Drops peers no longer configured. */
  public void retain(java.util.Collection<String> peers) {
    samples.keySet().retainAll(peers);
  }
}
