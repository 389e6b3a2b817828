package com.maemuki.bridgelink.ipc.contract;

/**
 * One active finding.
 *
 * @param code the stable catalog code, e.g. {@code local-port-blocked}
 * @param severity {@code info | warning | critical}
 * @param subject what it is about (a peer name, a port), null when the finding is machine-wide
 * @param repair the id of the repair that fixes it, or null
 * @param fixer who can fix it: {@code service | tray-user | peer-owner | tailnet-admin | nobody}
 * @param since when it was raised (ISO-8601)
 */
public record FindingData(
    String code,
    String severity,
    String subject,
    String title,
    String detail,
    String remedy,
    String repair,
    String fixer,
    String since) {

  /**
   * Identifies the finding across snapshots and in {@code repair.run}: {@code code/subject}, or the
   * code alone for a machine-wide finding.
   */
  public String key() {
    return key(code, subject);
  }

  /** The key of a finding with this code and subject. */
  public static String key(String code, String subject) {
    return subject == null || subject.isEmpty() ? code : code + "/" + subject;
  }
}
