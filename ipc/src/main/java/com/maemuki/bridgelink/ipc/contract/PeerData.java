package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/**
 * One configured peer.
 *
 * @param name the configured name
 * @param host the configured host
 * @param online true/false only when {@code state} is online/offline; null otherwise
 * @param state {@code online | offline | unknown | not-visible | not-shared}: unknown while this
 *     machine is not Running (peer facts are frozen) or nobody can tell yet
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 * @param derpRegion the relay region when relayed, else null
 * @param latencyMs the last probe's latency, null when unknown
 * @param probes one per configured port of the peer
 * @param lastSeen when control last saw the peer (ISO-8601 UTC), as tailscaled reports it; null
 *     when tailscaled reports none (Go's zero time) — headscale leaves it so for online peers and
 *     even for peers it has just marked offline, so null does not mean "online"
 * @param keyExpiry when the peer's node key expires (ISO-8601 UTC); null when key expiry is
 *     disabled for that node or tailscaled does not say
 */
public record PeerData(
    String name,
    String host,
    String dnsName,
    List<String> ips,
    Boolean online,
    String state,
    String path,
    String derpRegion,
    Double latencyMs,
    String lastProbe,
    List<ProbeData> probes,
    String lastSeen,
    String keyExpiry) {

  public PeerData {
    ips = Lists.present(ips);
    probes = Lists.present(probes);
  }
}
