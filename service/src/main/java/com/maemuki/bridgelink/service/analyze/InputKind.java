package com.maemuki.bridgelink.service.analyze;

/** What an input file holds, as named in the report's {@code inputs[].kind}. */
public enum InputKind {
  /** {@code tailscale status --json} or LocalAPI {@code GET status}. */
  STATUS_JSON("status-json"),
  /** {@code tailscale status} text. */
  STATUS_TEXT("status-text"),
  /** LocalAPI {@code GET prefs}. */
  PREFS_JSON("prefs-json"),
  /** LocalAPI {@code POST ping} result(s). */
  PING_JSON("ping-json"),
  /** {@code tailscale ping} output. */
  PING_TRANSCRIPT("ping-transcript"),
  /** {@code tailscale netcheck} text. */
  NETCHECK_TEXT("netcheck-text"),
  /** {@code tailscale netcheck --format=json|json-line}. */
  NETCHECK_JSON("netcheck-json"),
  /** LocalAPI {@code watch-ipn-bus} NDJSON. */
  BUS_NDJSON("bus-ndjson"),
  /** A Bridge Link diagnostics bundle's {@code manifest.json}. */
  BUNDLE_MANIFEST("bundle-manifest"),
  /** Bridge Link's own snapshot or findings ({@code snapshot.json}, {@code findings.json}). */
  BRIDGE_LINK_SNAPSHOT("bridge-link-snapshot"),
  /** Bridge Link's configuration, e.g. a bundle's {@code config.redacted.json}. */
  BRIDGE_LINK_CONFIG("bridge-link-config"),
  /** Not readable or not recognised; the input's error says why. */
  UNKNOWN("unknown");

  private final String wireName;

  InputKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
