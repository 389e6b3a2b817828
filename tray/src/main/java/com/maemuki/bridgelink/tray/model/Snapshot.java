package com.maemuki.bridgelink.tray.model;

import java.util.List;

/**
 * The parts of the service's snapshot (docs/ipc-contract.md) the tray uses.
 *
 * @param overall {@code ok | degraded | down}
 * @param summary the one-line summary for the tooltip
 * @param selfIps this machine's Tailscale addresses, IPv4 first as the service lists them
 * @param peers the configured peers
 * @param findings the active findings
 */
public record Snapshot(
    String overall,
    String summary,
    List<String> selfIps,
    List<PeerStatus> peers,
    List<FindingStatus> findings) {

  public Snapshot {
    selfIps = List.copyOf(selfIps);
    peers = List.copyOf(peers);
    findings = List.copyOf(findings);
  }

  /** A snapshot with nothing in it: the state before the first one arrives. */
  public static Snapshot empty() {
    return new Snapshot("ok", "", List.of(), List.of(), List.of());
  }
}
