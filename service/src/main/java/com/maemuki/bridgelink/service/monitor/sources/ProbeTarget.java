package com.maemuki.bridgelink.service.monitor.sources;

import java.util.List;

/**
 * A configured peer resolved against the tailnet: where to connect.
 *
 * @param ip the peer's Tailscale IP (IPv4 preferred), or null when the peer is not matched
 * @param dnsName its MagicDNS FQDN without the trailing dot, or null
 * @param ips every Tailscale IP of the peer (for DNS comparison)
 * @param offlineByControl control reports the peer offline (Online false with a LastSeen): a
 *     LocalAPI ping to it would never be answered, so none is sent
 */
public record ProbeTarget(
    String peer,
    String ip,
    String dnsName,
    List<String> ips,
    List<Integer> ports,
    boolean offlineByControl) {

  public ProbeTarget {
    ips = ips == null ? List.of() : List.copyOf(ips);
    ports = List.copyOf(ports);
  }

  /** A target whose online state control has not reported offline. */
  public ProbeTarget(
      String peer, String ip, String dnsName, List<String> ips, List<Integer> ports) {
    this(peer, ip, dnsName, ips, ports, false);
  }
}
