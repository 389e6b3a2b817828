package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/**
 * One configured peer.
 *
 * @param name the configured name
 * @param host the configured host
 * @param online whether the control plane sees it online; null when it is not in the tailnet
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
