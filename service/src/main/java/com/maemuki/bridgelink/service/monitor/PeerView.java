package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;
import java.util.List;

/**
 * One configured peer as last seen: from status (DNS name, IPs, online, path) and from the probes.
 *
 * @param path {@code direct}, {@code derp}, {@code peer-relay}, {@code idle} or {@code unknown}
 * @param latencyMs the best connect latency of the last probe round, or null
 */
public record PeerView(
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

  public PeerView {
    ips = ips == null ? List.of() : List.copyOf(ips);
    probes = probes == null ? List.of() : List.copyOf(probes);
    path = path == null ? "unknown" : path;
  }
}
