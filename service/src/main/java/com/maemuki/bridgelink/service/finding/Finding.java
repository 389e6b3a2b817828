package com.maemuki.bridgelink.service.finding;

import java.util.List;
import java.util.Objects;

/**
 * One problem found, as people and scripts see it.
 *
 * @param code the catalog entry
 * @param severity usually {@code code.severity()}
 * @param subject what it is about (a peer name, "peer:port", a health message's key), or null for
 *     the machine itself; together with the code it identifies the finding across cycles
 * @param detail the measured facts in plain words
 * @param remedyText the remedy when this case needs other words than the catalog's, else null
 * @param repairWithheld true when the catalog's repair cannot help in this case (e.g. accept-dns
 *     while DNS is already accepted): then none is offered
 */
public record Finding(
    FindingCode code,
    Severity severity,
    String subject,
    String detail,
    String remedyText,
    boolean repairWithheld) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    detail = detail == null ? "" : detail;
  }

  public Finding(FindingCode code, Severity severity, String subject, String detail) {
    this(code, severity, subject, detail, null, false);
  }

  public Finding(
      FindingCode code, Severity severity, String subject, String detail, String remedyText) {
    this(code, severity, subject, detail, remedyText, false);
  }

  /** A finding at the catalog's default severity. */
  public static Finding of(FindingCode code, String subject, String detail) {
    return new Finding(code, code.severity(), subject, detail);
  }

  /** Identifies the finding across cycles (for flap damping and transitions). */
  public String key() {
    return subject == null ? code.code() : code.code() + "/" + subject;
  }

  public String title() {
    return code.title();
  }

  public String remedy() {
    return remedyText != null ? remedyText : code.remedy();
  }

  public String repair() {
    return repairWithheld ? null : code.repair();
  }

  /**
   * The sources this finding's data comes from: the catalog's, or for {@code source-unavailable}
   * the source its subject names.
   */
  public List<String> sources() {
    if (code == FindingCode.SOURCE_UNAVAILABLE) {
      return List.of(subject == null ? "" : subject);
    }
    return code.sources();
  }
}
