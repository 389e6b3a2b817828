package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.time.Instant;

/**
 * Records every {@code repair.run} attempt, allowed or not. The default writes to the {@code
 * bridge-link.audit} log; the service may plug in its own audit file.
 */
@FunctionalInterface
public interface RepairAudit {
  /**
   * One attempt.
   *
   * @param outcome {@code denied}, {@code succeeded}, {@code failed} or {@code error: <code>}
   */
  record Entry(Instant time, PeerIdentity caller, String method, String params, String outcome) {}

  void record(Entry entry);

  /** Logs each entry at INFO on the {@code bridge-link.audit} logger. */
  static RepairAudit toLog() {
    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("bridge-link.audit");
    return entry ->
        log.info(
            "{} {} by {} params={} -> {}",
            entry.time(),
            entry.method(),
            entry.caller().describe(),
            entry.params(),
            entry.outcome());
  }
}
