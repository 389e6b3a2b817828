package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.ipc.contract.FindingData;

/**
 * One active finding as the snapshot reports it.
 *
 * @param code the stable catalog code, e.g. {@code path-relayed}
 * @param severity how bad it is
 * @param subject what it is about (a peer name, a port), may be null
 * @param title one line for people
 * @param remedy what to do about it
 * @param repair the repair id that fixes it, or null when there is none
 * @param fixer who can fix it ({@code service | tray-user | peer-owner | tailnet-admin | nobody})
 * @param detail the measured facts behind it (the snapshot's {@code detail}), "" when none
 */
public record FindingStatus(
    String code,
    Severity severity,
    String subject,
    String title,
    String remedy,
    String repair,
    String fixer,
    String detail) {

  public FindingStatus {
    detail = detail == null ? "" : detail;
  }

  /** A finding without measured facts. */
  public FindingStatus(
      String code,
      Severity severity,
      String subject,
      String title,
      String remedy,
      String repair,
      String fixer) {
    this(code, severity, subject, title, remedy, repair, fixer, "");
  }

  /** Identifies the finding across snapshots: the same code about the same subject. */
  public String key() {
    return FindingData.key(code, subject);
  }
}
