package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.probe.DnsAnswer;
import java.util.List;

/** The reading of the {@code dns} source: each matched peer's name at both resolvers. */
public record DnsReading(List<PeerDns> peers) {

  /**
   * @param name the FQDN asked for
   * @param expected the peer's Tailscale IPs from status
   * @param os what the OS resolver (or its test stand-in) said
   * @param magicDns what 100.100.100.100 (or its test stand-in) said, or null when not asked
   * @param magicDnsNotAsked why 100.100.100.100 was not asked (see {@link MagicDnsAccess}), or null
   */
  public record PeerDns(
      String peer,
      String name,
      List<String> expected,
      DnsAnswer os,
      DnsAnswer magicDns,
      String magicDnsNotAsked) {
    public PeerDns {
      expected = List.copyOf(expected);
    }

    public PeerDns(
        String peer, String name, List<String> expected, DnsAnswer os, DnsAnswer magicDns) {
      this(peer, name, expected, os, magicDns, null);
    }

    /** True when the OS resolver returns one of the peer's Tailscale IPs. */
    public boolean osMatches() {
      return os != null && os.resolved() && os.matchesAny(expected);
    }

    public boolean magicDnsMatches() {
      return magicDns != null && magicDns.resolved() && magicDns.matchesAny(expected);
    }
  }

  public DnsReading {
    peers = List.copyOf(peers);
  }

  public PeerDns peer(String name) {
    return peers.stream().filter(p -> p.peer().equals(name)).findFirst().orElse(null);
  }
}
