package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import java.util.List;

/**
 * The parts of the service's snapshot (the contract's {@code SnapshotData}) the tray uses.
 *
 * @param overall {@code ok | degraded | down}
 * @param summary the one-line summary for the tooltip
 * @param selfIps this machine's Tailscale addresses, IPv4 first as the service lists them
 * @param peers the configured peers
 * @param findings the active findings
 * @param notifications the configuration's notification policy (minimum severity, notify on clear),
 *     or null from a service that does not send it
 * @param localApi the LocalAPI endpoint the service watches, or null when it did not say
 * @param profileOwnerSid the Windows SID owning tailscaled's current profile; null on the empty
 *     profile, off Windows and from an older service
 */
public record Snapshot(
    String overall,
    String summary,
    List<String> selfIps,
    List<PeerStatus> peers,
    List<FindingStatus> findings,
    NotificationSettings notifications,
    String localApi,
    String profileOwnerSid) {

  public Snapshot {
    selfIps = List.copyOf(selfIps);
    peers = List.copyOf(peers);
    findings = List.copyOf(findings);
  }

  /** A snapshot of these parts only, without the service's settings. */
  public Snapshot(
      String overall,
      String summary,
      List<String> selfIps,
      List<PeerStatus> peers,
      List<FindingStatus> findings) {
    this(overall, summary, selfIps, peers, findings, null, null, null);
  }

  /** A snapshot with nothing in it: the state before the first one arrives. */
  public static Snapshot empty() {
    return new Snapshot("ok", "", List.of(), List.of(), List.of());
  }
}
