package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.observation.PingOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the probe source may send a LocalAPI ping, and which earlier answer stands in meanwhile.
 *
 * <p>Every LocalAPI request the service (SYSTEM) has in flight can lock the signed-in user's own
 * Tailscale client out on Windows (DESIGN.md), and a ping to an unreachable peer is never answered:
 * it lasts its whole deadline. So a peer that stays unreachable is pinged again only after a
 * backoff that doubles per unanswered ping (10 s, 20 s, … capped at 5 min), and an answered ping is
 * reused for a minute; meanwhile the last outcome stands. Either is reused only while the same
 * ports fail: a new failure pattern (say every port failing where one did) asks again at once, so a
 * peer that just went down is still told from a closed port within one probe round.
 */
final class PingGate {

  static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  static final Duration REPLY_REUSE = Duration.ofMinutes(1);

  private record Last(Set<Integer> failedPorts, PingOutcome outcome, int misses, Instant until) {}

  private final Map<String, Last> last = new ConcurrentHashMap<>();

  /** The earlier outcome to use instead of a new ping, or null when a ping may go now. */
  PingOutcome reuse(String peer, Set<Integer> failedPorts, Instant now) {
    Last l = last.get(peer);
    if (l == null || !l.failedPorts().equals(failedPorts) || !now.isBefore(l.until())) {
      return null;
    }
    return l.outcome();
  }

  /** Records a ping just made. */
  void record(String peer, Set<Integer> failedPorts, PingOutcome outcome, Instant now) {
    if (outcome.replied()) {
      last.put(peer, new Last(Set.copyOf(failedPorts), outcome, 0, now.plus(REPLY_REUSE)));
      return;
    }
    Last previous = last.get(peer);
    int misses = previous == null ? 1 : previous.misses() + 1;
    last.put(peer, new Last(Set.copyOf(failedPorts), outcome, misses, now.plus(backoff(misses))));
  }

  /** Every port answered, or control reports the peer offline: start afresh next time. */
  void forget(String peer) {
    last.remove(peer);
  }

  static Duration backoff(int misses) {
    Duration d = FIRST_BACKOFF;
    for (int i = 1; i < misses && d.compareTo(MAX_BACKOFF) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }
}
