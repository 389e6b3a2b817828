package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The live state of the link (docs/ipc-contract.md, {@code status.get}): what the tray shows and
 * {@code bridge-link run} prints. Immutable; a new one is built after every evaluation.
 */
public record Snapshot(
    Instant time,
    Overall overall,
    String summary,
    SelfView self,
    List<PeerView> peers,
    List<ActiveFinding> findings,
    List<SourceStatus> sources) {

  public Snapshot {
    peers = List.copyOf(peers);
    findings = List.copyOf(findings);
    sources = List.copyOf(sources);
  }

  /** An empty snapshot for before the first evaluation. */
  public static Snapshot initial(Instant time) {
    return new Snapshot(
        time,
        Overall.OK,
        "Starting: no readings yet",
        SelfView.unknown(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The same state regardless of when it was taken: decides whether listeners hear of it. */
  public boolean sameStateAs(Snapshot other) {
    return other != null
        && overall == other.overall
        && summary.equals(other.summary)
        && self.equals(other.self)
        && peers.equals(other.peers)
        && findings.equals(other.findings)
        && sources.stream()
            .map(s -> s.name() + s.ok() + s.error())
            .toList()
            .equals(other.sources.stream().map(s -> s.name() + s.ok() + s.error()).toList());
  }
}
