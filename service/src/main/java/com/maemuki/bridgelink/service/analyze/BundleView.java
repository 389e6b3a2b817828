package com.maemuki.bridgelink.service.analyze;

import java.util.List;
import java.util.Map;

/**
 * What a Bridge Link diagnostics bundle says beyond tailscaled's own files: what the user saw (the
 * monitor's snapshot and findings), the peers the redacted configuration watches, and the manifest
 * (when, which versions, which parts are missing). Every part may be absent.
 *
 * @param created when the bundle was made, or null
 * @param versions product, Java and Tailscale versions by name
 * @param missing parts the bundle could not include, with the reason
 * @param overall the snapshot's overall state ({@code ok}, {@code degraded}, {@code down}), or null
 * @param summary the snapshot's one-line summary (the tray's tooltip), or null
 * @param peerStates each watched peer's state in the snapshot ("office-pc: offline"), in order
 * @param findings the findings the user saw, in the snapshot's order
 * @param configPeers the configuration's peers
 */
public record BundleView(
    String created,
    Map<String, String> versions,
    Map<String, String> missing,
    String overall,
    String summary,
    List<String> peerStates,
    List<SeenFinding> findings,
    List<ConfigPeer> configPeers) {

  public BundleView {
    versions = Map.copyOf(versions);
    missing = Map.copyOf(missing);
    peerStates = List.copyOf(peerStates);
    findings = List.copyOf(findings);
    configPeers = List.copyOf(configPeers);
  }

  /** A finding as the monitor reported it (fields as in docs/ipc-contract.md). */
  public record SeenFinding(
      String code, String severity, String subject, String title, String detail, String since) {}

  /** A configured peer: its display name and the host that names it in the tailnet. */
  public record ConfigPeer(String name, String host) {}

  /** An empty view, to merge parts into. */
  static BundleView empty() {
    return new BundleView(null, Map.of(), Map.of(), null, null, List.of(), List.of(), List.of());
  }
}
