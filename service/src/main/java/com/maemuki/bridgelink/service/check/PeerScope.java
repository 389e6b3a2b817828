package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which peers the peer checks look at. With watched peers configured (or {@code --peer}), only
 * those: the bridge cares about its own peer, not every phone in the tailnet. With none, the peers
 * in use (Active): the ones traffic goes to, as in a support case nobody configured. Sharee nodes
 * are never in scope (we cannot count on reaching them), and no peer is while this node is not
 * Running in a map poll (the peer values are frozen then).
 */
final class PeerScope {

  /** A peer in scope, with the name findings use as their subject. */
  record ScopedPeer(String subject, PeerStatus peer) {}

  private PeerScope() {}

  static List<ScopedPeer> of(Observations o) {
    List<ScopedPeer> out = new ArrayList<>();
    if (o.status() == null || !o.status().peersCurrent()) {
      return out;
    }
    if (!o.watchedPeers().isEmpty()) {
      for (String spec : o.watchedPeers()) {
        PeerMatcher.findReachable(o.status().peerList(), spec)
            .ifPresent(p -> out.add(new ScopedPeer(spec, p)));
      }
      return out;
    }
    for (PeerStatus p : o.status().peerList()) {
      if (Boolean.TRUE.equals(p.active()) && !p.shareeNode()) {
        out.add(new ScopedPeer(p.name(), p));
      }
    }
    return out;
  }

  /** The watched spec a ping target belongs to, or the target itself with nothing watched. */
  static Optional<String> subjectForPingTarget(Observations o, String target, PingAttempt sample) {
    if (o.watchedPeers().isEmpty()) {
      return Optional.of(target);
    }
    for (String spec : o.watchedPeers()) {
      if (sameNode(o, spec, target, sample)) {
        return Optional.of(spec);
      }
    }
    return Optional.empty();
  }

  /** True when a watched spec and a ping target name the same node. */
  static boolean sameNode(Observations o, String spec, String target, PingAttempt sample) {
    if (spec.equalsIgnoreCase(target)) {
      return true;
    }
    PeerStatus pinged =
        PeerStatus.builder()
            .hostName(sample != null && sample.nodeName() != null ? sample.nodeName() : target)
            .tailscaleIps(
                sample != null && sample.nodeIp() != null ? List.of(sample.nodeIp()) : List.of())
            .build();
    if (PeerMatcher.matches(pinged, spec)) {
      return true;
    }
    if (o.status() != null) {
      Optional<PeerStatus> bySpec = PeerMatcher.find(o.status().peerList(), spec);
      Optional<PeerStatus> byTarget = PeerMatcher.find(o.status().peerList(), target);
      return bySpec.isPresent() && bySpec.equals(byTarget);
    }
    return false;
  }
}
