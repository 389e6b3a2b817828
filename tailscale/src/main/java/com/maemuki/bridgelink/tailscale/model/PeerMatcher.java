package com.maemuki.bridgelink.tailscale.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the peer a person or the config names: by MagicDNS short name, FQDN (with or without the
 * trailing dot), host name, Tailscale IP or node ID, ignoring case. Host names are not unique
 * (phones often report {@code localhost}), so an ID, IP or DNS-name match beats a host-name match.
 *
 * <p>The node ID is the stable ID ({@code ID}, every version) or the numeric {@code NodeID}, which
 * tailscaled reports only from v1.100 ({@code ipn/ipnstate/ipnstate.go PeerStatus.NodeID}); on
 * older versions a numeric ID matches nothing.
 */
public final class PeerMatcher {

  private static final int NO_MATCH = 0;
  private static final int BY_HOST_NAME = 1;
  private static final int BY_SHORT_NAME = 2;
  private static final int EXACT = 3;

  private PeerMatcher() {}

  /** The best match for {@code spec} among {@code peers}; the first one on a tie. */
  public static Optional<PeerStatus> find(List<PeerStatus> peers, String spec) {
    PeerStatus best = null;
    int bestScore = NO_MATCH;
    for (PeerStatus p : peers) {
      int score = score(p, spec);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The best match among the peers we can count on reaching: sharee nodes are left out, since they
   * are in our netmap only because we shared our node to their owner (ipn/ipnstate/ipnstate.go
   * ShareeNode).
   */
  public static Optional<PeerStatus> findReachable(List<PeerStatus> peers, String spec) {
    return find(peers.stream().filter(p -> !p.shareeNode()).toList(), spec);
  }

  /**
   * The sharee node {@code spec} names when that is the only node it names: they can reach us, we
   * have not been given theirs (they did not share it back, or revoked it).
   */
  public static Optional<PeerStatus> findShareeOnly(List<PeerStatus> peers, String spec) {
    if (findReachable(peers, spec).isPresent()) {
      return Optional.empty();
    }
    return find(peers, spec).filter(PeerStatus::shareeNode);
  }

  /** True when {@code spec} names {@code peer} in any of the accepted ways. */
  public static boolean matches(PeerStatus peer, String spec) {
    return score(peer, spec) > NO_MATCH;
  }

  private static int score(PeerStatus p, String spec) {
    String want = normalize(spec);
    if (want.isEmpty()) {
      return NO_MATCH;
    }
    if (want.equals(normalize(p.dnsName()))
        || want.equals(normalize(p.id()))
        || (p.nodeId() != null && p.nodeId() != 0 && want.equals(Long.toString(p.nodeId())))
        || p.tailscaleIps().stream().anyMatch(ip -> want.equals(normalize(ip)))) {
      return EXACT;
    }
    if (!p.fqdn().isEmpty() && want.equals(normalize(p.name()))) {
      return BY_SHORT_NAME;
    }
    String host = normalize(p.hostName());
    if (want.equals(host) || (host.contains(".") && want.equals(firstLabel(host)))) {
      return BY_HOST_NAME;
    }
    return NO_MATCH;
  }

  private static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String t = s.trim().toLowerCase(Locale.ROOT);
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static String firstLabel(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
