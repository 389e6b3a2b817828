package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Instant;
import java.util.List;

/**
 * Turns source readings into raw findings and the snapshot's self and peer views. Pure: no I/O, no
 * clock but {@code now}. The monitor damps what it returns.
 */
public interface Evaluator {

  /** What one evaluation found. */
  record Evaluation(List<Finding> findings, SelfView self, List<PeerView> peers) {
    public Evaluation {
      findings = List.copyOf(findings);
      peers = List.copyOf(peers);
    }
  }

  Evaluation evaluate(SourceReadings readings, Instant now);

  /**
   * The sources a finding's data comes from: damping counts a new sighting only when one of them
   * ran again, and a finding waiting for confirmation makes them run again soon. The catalog
   * declares them ({@link Finding#sources()}); test evaluators may say otherwise.
   */
  default List<String> sourcesOf(Finding finding) {
    return finding.sources();
  }

  /**
   * Findings that a clock jump can fake ("offline" kinds: after resume the network needs a moment),
   * held back during the resume grace period.
   */
  default boolean offlineKind(Finding finding) {
    return finding.code().heldBackAfterResume();
  }
}
