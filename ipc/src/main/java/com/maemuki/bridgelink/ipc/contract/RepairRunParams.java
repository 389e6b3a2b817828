package com.maemuki.bridgelink.ipc.contract;

import java.util.Map;

/**
 * The {@code repair.run} params: which repair, for which finding, about which subject.
 *
 * @param id the repair id, e.g. {@code open-inbound-port}
 * @param findingKey the finding clicked on ({@link FindingData#key()}), or null when the repair is
 *     not run for one finding; then the service uses the one active finding the repair addresses
 * @param subject the finding's subject (a port, a peer), or null; with {@code findingKey} absent it
 *     picks the finding among several the repair addresses
 * @param options repair-specific settings (e.g. {@code port}), empty when none
 */
public record RepairRunParams(
    String id, String findingKey, String subject, Map<String, Object> options) {

  public RepairRunParams {
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** The Fix of one finding: its repair, key and subject. */
  public static RepairRunParams forFinding(FindingData finding) {
    return new RepairRunParams(finding.repair(), finding.key(), finding.subject(), Map.of());
  }
}
