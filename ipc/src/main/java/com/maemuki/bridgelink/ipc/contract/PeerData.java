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
    List<ProbeData> probes) {

  public PeerData {
    ips = Lists.present(ips);
    probes = Lists.present(probes);
  }
}
