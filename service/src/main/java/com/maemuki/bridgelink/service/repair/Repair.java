package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;

/**
 * One repair. Implementations are idempotent (running twice is safe and the second run says nothing
 * needed doing), validate their parameters, and never throw for expected failures: they return a
 * failed {@link RepairOutcome} with plain words.
 */
public interface Repair {

  /** The stable id, as in the catalog ({@code "open-inbound-port"}). */
  String id();

  /** A button label ("Allow the port from Tailscale"). */
  String title();

  RunsIn runsIn();

  /** True when this repair addresses {@code finding}. */
  boolean appliesTo(Finding finding);

  RepairOutcome run(RepairContext context);
}
