package com.maemuki.bridgelink.service.finding;

/**
 * The catalog's named cases: an entry whose words, severity or repair differ in a case a check
 * recognises. Declared here, beside {@link FindingCode}, so everything a person reads about a
 * finding is in the catalog; a check picks the case and adds only the measured facts.
 */
public enum FindingCase {
  /** An update is available: Tailscale says so in its health messages, but nothing is broken. */
  HEALTH_UPDATE_AVAILABLE(FindingCode.TAILSCALE_HEALTH, Severity.INFO, null, true),
  /** MagicDNS knows the name and Tailscale DNS is accepted, yet the resolver answers otherwise. */
  NAME_RESOLVER_OVERRIDDEN(
      FindingCode.PEER_NAME_UNRESOLVED,
      FindingCode.PEER_NAME_UNRESOLVED.severity(),
      "Tailscale DNS is already accepted here, yet this machine's resolver does not answer with"
          + " it: check that no VPN or DNS filter overrides it, then reconnect Tailscale. Use the"
          + " Tailscale IP for now.",
      false),
  /** MagicDNS does not know the name: accepting Tailscale DNS cannot help. */
  NAME_UNKNOWN_TO_MAGICDNS(
      FindingCode.PEER_NAME_UNRESOLVED,
      FindingCode.PEER_NAME_UNRESOLVED.severity(),
      "MagicDNS does not know this name: check the peer's name and that MagicDNS is on in the"
          + " admin console (DNS page). Use the Tailscale IP for now.",
      false),
  /** The configuration was refused and no good one was ever read: the monitor runs on defaults. */
  CONFIG_UNUSABLE(FindingCode.CONFIG_INVALID, Severity.CRITICAL, null, true),
  /** The configuration file is not there. */
  CONFIG_FILE_MISSING(
      FindingCode.CONFIG_INVALID,
      FindingCode.CONFIG_INVALID.severity(),
      "Create the file (the README shows an example) or correct the path given with --config.",
      true),
  /** The configuration file cannot be read by the account the service runs as. */
  CONFIG_FILE_UNREADABLE(
      FindingCode.CONFIG_INVALID,
      FindingCode.CONFIG_INVALID.severity(),
      "Let the account Bridge Link runs as read the file (LocalSystem on Windows: icacls;"
          + " elsewhere chmod/chown), and make sure it is a file, not a folder.",
      true),
  /** The file's contents are wrong at a named place. */
  CONFIG_VALUE_INVALID(
      FindingCode.CONFIG_INVALID,
      FindingCode.CONFIG_INVALID.severity(),
      "Correct what is named at the line and column or field given.",
      true),
  /** Only unknown keys, which were ignored: everything else applies. */
  CONFIG_KEY_UNKNOWN(
      FindingCode.CONFIG_INVALID,
      FindingCode.CONFIG_INVALID.severity(),
      "Remove or correct the unknown key; every other setting is in use.",
      true);

  /** What runs until a refused configuration is corrected, after a config case's remedy. */
  public static String untilCorrected(boolean noGoodConfiguration) {
    return noGoodConfiguration
        ? " Until then Bridge Link runs on its defaults and watches no configured peer."
        : " Until then the last good configuration stays in use.";
  }

  private final FindingCode code;
  private final Severity severity;
  private final String remedy;
  private final boolean repairOffered;

  FindingCase(FindingCode code, Severity severity, String remedy, boolean repairOffered) {
    this.code = code;
    this.severity = severity;
    this.remedy = remedy;
    this.repairOffered = repairOffered;
  }

  public FindingCode code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The case's remedy, or null when the entry's own applies. */
  public String remedy() {
    return remedy;
  }

  /** False when the entry's repair cannot help in this case (then none is offered). */
  public boolean repairOffered() {
    return repairOffered;
  }

  /** This case raised about {@code subject} with the measured facts in {@code detail}. */
  public Finding raise(String subject, String detail) {
    return new Finding(code, severity, subject, detail, remedy, !repairOffered);
  }
}
