package com.maemuki.bridgelink.service.monitor.sources;

import java.util.List;

/**
 * A configured peer resolved against the tailnet: where to connect.
 *
 * @param ip the peer's Tailscale IP (IPv4 preferred), or null when the peer is not matched
 * @param dnsName its MagicDNS FQDN without the trailing dot, or null
 * @param ips every Tailscale IP of the peer (for DNS comparison)
 */
public record ProbeTarget(
    String peer, String ip, String dnsName, List<String> ips, List<Integer> ports) {

  public ProbeTarget {
    ips = ips == null ? List.of() : List.copyOf(ips);
    ports = List.copyOf(ports);
  }
}
