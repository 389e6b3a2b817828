package com.maemuki.bridgelink.service.config;

import java.util.List;
import java.util.Objects;

/**
 * One watched peer.
 *
 * @param name the name people see (and finding subjects use)
 * @param host how to find it in the tailnet: MagicDNS short name, FQDN, Tailscale IP or node ID
 * @param ports TCP ports this machine must reach on the peer (outbound)
 * @param localPorts TCP ports on this machine the peer must reach (inbound)
 */
public record PeerConfig(String name, String host, List<Integer> ports, List<Integer> localPorts) {

  public PeerConfig {
    Objects.requireNonNull(name, "name");
    host = host == null || host.isBlank() ? name : host;
    ports = List.copyOf(ports == null ? List.of() : ports);
    localPorts = List.copyOf(localPorts == null ? List.of() : localPorts);
  }

  /** A peer given only by name (the {@code --peer NAME} option and the {@code Peers} policy). */
  public static PeerConfig named(String name) {
    return new PeerConfig(name, name, List.of(), List.of());
  }
}
