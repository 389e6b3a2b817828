package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles a snapshot and its one-line summary (the tray's tooltip). */
public final class SnapshotBuilder {

  private SnapshotBuilder() {}

  public static Snapshot build(
      Instant now,
      Evaluator.Evaluation evaluation,
      List<ActiveFinding> active,
      SourceReadings readings) {
    List<SourceStatus> sources = new ArrayList<>();
    Map<String, SourceReadings.Entry> sorted = new TreeMap<>(readings.entries());
    sorted.forEach(
        (name, e) ->
            sources.add(new SourceStatus(name, e.error() == null, e.error(), e.lastRun())));
    Overall overall = Overall.of(active);
    return new Snapshot(
        now,
        overall,
        summary(overall, active, evaluation.peers()),
        evaluation.self(),
        evaluation.peers(),
        active,
        sources);
  }

  static String summary(Overall overall, List<ActiveFinding> active, List<PeerView> peers) {
    if (active.isEmpty()) {
      return peers.isEmpty()
          ? "Link ok (no peers configured)"
          : "Link ok: " + peers.size() + (peers.size() == 1 ? " peer" : " peers") + " watched";
    }
    Finding worst = active.get(0).finding();
    String head =
        switch (overall) {
          case DOWN -> "Link down: ";
          case DEGRADED -> "Link degraded: ";
          case OK -> "Link ok: ";
        };
    String subject = worst.subject() == null ? "" : " (" + worst.subject() + ")";
    String more = active.size() > 1 ? " and " + (active.size() - 1) + " more" : "";
    return head + worst.title() + subject + more;
  }
}
