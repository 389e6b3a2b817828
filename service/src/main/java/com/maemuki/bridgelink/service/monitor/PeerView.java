package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;
import java.util.List;

/**
 * One configured peer as last seen: from status (DNS name, IPs, online, path) and from the probes.
 *
 * @param online true/false only when {@code state} is online/offline; null otherwise
 * @param state the {@link PeerState} wire name: {@code online}, {@code offline}, {@code unknown},
 *     {@code not-visible} or {@code not-shared}
 * @param path {@code direct}, {@code derp}, {@code peer-relay}, {@code offline}, {@code idle} or
 *     {@code unknown}
 * @param latencyMs the best connect latency of the last probe round, or null
 * @param lastSeen tailscaled's {@code LastSeen} for the peer, null for Go's zero time or no entry
 * @param keyExpiry tailscaled's {@code KeyExpiry} for the peer, null when absent or zero
 */
public record PeerView(
    String name,
    String host,
    String dnsName,
    List<String> ips,
    Boolean online,
    String state,
    String path,
    String derpRegion,
    Double latencyMs,
    Instant lastProbe,
    List<ProbeView> probes,
    Instant lastSeen,
    Instant keyExpiry) {

  public PeerView {
    ips = ips == null ? List.of() : List.copyOf(ips);
    probes = probes == null ? List.of() : List.copyOf(probes);
    path = path == null ? "unknown" : path;
    state =
        state != null
            ? state
            : online == null ? PeerState.UNKNOWN.wireName() : online ? "online" : "offline";
  }

  /** A view whose state follows {@code online} (true online, false offline, null unknown). */
  public PeerView(
      String name,
      String host,
      String dnsName,
      List<String> ips,
      Boolean online,
      String path,
      String derpRegion,
      Double latencyMs,
      Instant lastProbe,
      List<ProbeView> probes) {
    this(
        name,
        host,
        dnsName,
        ips,
        online,
        null,
        path,
        derpRegion,
        latencyMs,
        lastProbe,
        probes,
        null,
        null);
  }
}
