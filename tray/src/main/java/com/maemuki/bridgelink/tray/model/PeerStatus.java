package com.maemuki.bridgelink.tray.model;

import java.util.List;

/**
 * One configured peer as the snapshot reports it.
 *
 * @param name the configured name
 * @param state {@code online | offline | unknown | not-visible | not-shared}: the service's word,
 *     so a peer nobody can see right now (this machine signed out, tailscaled stopped) is never
 *     called offline
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 * @param derpRegion the relay region when relayed, else null
 * @param latencyMs the last probe's latency, null when unknown
 * @param ips its Tailscale addresses as the service lists them (IPv4 first), may be empty
 * @param hasPorts whether any application port of it is configured (probed); without one there is
 *     no latency to chart
 */
public record PeerStatus(
    String name,
    String state,
    String path,
    String derpRegion,
    Double latencyMs,
    List<String> ips,
    boolean hasPorts) {

  public PeerStatus {
    ips = List.copyOf(ips);
  }

  /** A peer known only as online or offline, with application ports and no addresses. */
  public PeerStatus(String name, boolean online, String path, String derpRegion, Double latencyMs) {
    this(name, online ? "online" : "offline", path, derpRegion, latencyMs, List.of(), true);
  }

  /** Whether the control plane sees it online. */
  public boolean online() {
    return "online".equals(state);
  }

  /** Its first IPv4 Tailscale address (what people paste), else any, else null. */
  public String tailscaleIp() {
    for (String ip : ips) {
      if (ip.indexOf('.') > 0) {
        return ip;
      }
    }
    return ips.isEmpty() ? null : ips.get(0);
  }
}
