package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Turns the raw findings of each evaluation into raised findings and transitions without flapping.
 * Per finding key: raised after {@code raiseAfter} bad observations in a row, or once it has been
 * bad for {@code raiseAfterTime} — and never before its code's {@link
 * FindingCode#minimumDuration()}; cleared after {@code clearAfter} good observations in a row. An
 * observation counts only when the data behind the finding is new (its {@code generation}
 * advanced): re-evaluating the same probe result because another source finished is not a second
 * sighting. Not thread-safe; the monitor calls it from its one evaluation thread.
 */
public final class FlapDamper {

  private static final class Track {
    Finding latest;
    int bad;
    Instant firstBad;
    int good;
    boolean active;
    Instant since;
    long generation = Long.MIN_VALUE;
  }

  /** The outcome of one update. */
  public record Result(
      List<ActiveFinding> active, List<Transition> transitions, Set<String> unsettled) {}

  private final Map<String, Track> tracks = new LinkedHashMap<>();
  private Damping damping;

  public FlapDamper(Damping damping) {
    this.damping = damping;
  }

  public void setDamping(Damping damping) {
    this.damping = damping;
  }

  /**
   * @param raw the findings the checks produced now
   * @param generation how fresh the data behind a finding is (advances with each new reading)
   * @param heldBack findings that must not be raised now (offline-type during a resume grace)
   */
  public Result update(
      Instant now,
      Collection<Finding> raw,
      ToLongFunction<Finding> generation,
      Predicate<Finding> heldBack) {
    List<Transition> transitions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Finding finding : raw) {
      if (!seen.add(finding.key())) {
        continue;
      }
      Track track = tracks.computeIfAbsent(finding.key(), k -> new Track());
      long gen = generation.applyAsLong(finding);
      boolean fresh = gen != track.generation;
      track.generation = gen;
      Finding previous = track.latest;
      track.latest = finding;
      track.good = 0;
      if (track.active) {
        if (previous != null && previous.severity() != finding.severity()) {
          transitions.add(
              new Transition(
                  Transition.Kind.CHANGED, new ActiveFinding(finding, track.since), now));
        }
        continue;
      }
      if (fresh) {
        track.bad++;
      }
      if (track.firstBad == null) {
        track.firstBad = now;
      }
      Duration badFor = Duration.between(track.firstBad, now);
      boolean longEnough =
          !damping.raiseAfterTime().isZero() && badFor.compareTo(damping.raiseAfterTime()) >= 0;
      boolean lastedItsMinimum = badFor.compareTo(finding.code().minimumDuration()) >= 0;
      if ((track.bad >= damping.raiseAfter() || longEnough)
          && lastedItsMinimum
          && !heldBack.test(finding)) {
        track.active = true;
        track.since = now;
        transitions.add(
            new Transition(Transition.Kind.RAISED, new ActiveFinding(finding, now), now));
      }
    }
    var it = tracks.entrySet().iterator();
    while (it.hasNext()) {
      var entry = it.next();
      if (seen.contains(entry.getKey())) {
        continue;
      }
      Track track = entry.getValue();
      if (!track.active) {
        it.remove(); // the bad streak broke before it was raised: forget it
        continue;
      }
      long gen = generation.applyAsLong(track.latest);
      if (gen != track.generation) {
        track.generation = gen;
        track.good++;
      }
      if (track.good >= damping.clearAfter()) {
        transitions.add(
            new Transition(
                Transition.Kind.CLEARED, new ActiveFinding(track.latest, track.since), now));
        it.remove();
      }
    }
    return new Result(active(), transitions, unsettled());
  }

  /** Forgets every finding (e.g. a source was removed): no transitions are produced. */
  public void reset() {
    tracks.clear();
  }

  /** The raised findings, worst first. */
  public List<ActiveFinding> active() {
    List<ActiveFinding> list = new ArrayList<>();
    for (Track t : tracks.values()) {
      if (t.active) {
        list.add(new ActiveFinding(t.latest, t.since));
      }
    }
    list.sort(
        Comparator.comparing((ActiveFinding a) -> a.finding().severity())
            .reversed()
            .thenComparing(ActiveFinding::key));
    return list;
  }

  /**
   * Keys waiting for confirmation: bad but not raised yet, or raised and seen good but not cleared
   * yet. The monitor re-runs their sources soon instead of waiting a whole interval.
   */
  public Set<String> unsettled() {
    Set<String> keys = new HashSet<>();
    tracks.forEach(
        (key, t) -> {
          if ((!t.active && t.bad > 0) || (t.active && t.good > 0)) {
            keys.add(key);
          }
        });
    return keys;
  }

  /** The latest finding behind a tracked key (for finding its sources), or null. */
  public Finding tracked(String key) {
    Track t = tracks.get(key);
    return t == null ? null : t.latest;
  }
}
