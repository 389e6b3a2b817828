package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/**
 * The snapshot: the {@code status.get} result and the {@code snapshot} event's data.
 *
 * @param time when it was taken (ISO-8601 UTC)
 * @param overall {@code ok | degraded | down}: down when any finding is critical, degraded when any
 *     is a warning
 * @param summary one line for the tooltip
 * @param notifications the configured notification policy the tray applies to transitions
 * @param localApi the LocalAPI endpoint the service watches (a socket path or a pipe name), so that
 *     repairs run as the user talk to the same tailscaled; null when unknown
 * @param servicePid the service's process ID: tailscaled's "already in use by … pid N" refusals
 *     naming it are retried briefly by the tray's repairs; null when unknown
 */
public record SnapshotData(
    String time,
    String overall,
    String summary,
    SelfData self,
    List<PeerData> peers,
    List<FindingData> findings,
    List<SourceData> sources,
    NotificationSettings notifications,
    String localApi,
    Long servicePid) {

  public SnapshotData {
    peers = Lists.present(peers);
    findings = Lists.present(findings);
    sources = Lists.present(sources);
  }
}
