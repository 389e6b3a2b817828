package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.service.config.PeerConfig;
import com.maemuki.bridgelink.service.monitor.sources.ProbeTarget;
import com.maemuki.bridgelink.service.probe.IpLiteral;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves configured peers against the tailnet's status: the IP to probe (IPv4 first, as
 * tailscaled lists it), the MagicDNS name and all Tailscale IPs. A peer given as a Tailscale IP is
 * probed at that IP even before a status arrives. A peer seen only as a sharee node is never
 * probed: it is in our netmap because we shared our computer to its owner, not theirs to us, so a
 * connect or ping to it would test nothing we can use.
 */
public final class PeerTargets {

  private PeerTargets() {}

  public static List<ProbeTarget> of(List<PeerConfig> peers, Status status) {
    List<ProbeTarget> targets = new ArrayList<>();
    for (PeerConfig peer : peers) {
      PeerStatus match = match(status, peer);
      if (match != null && match.shareeNode()) {
        targets.add(new ProbeTarget(peer.name(), null, null, List.of(), peer.ports()));
      } else if (match != null) {
        String fqdn = match.fqdn().isEmpty() ? null : match.fqdn();
        boolean offline = Boolean.FALSE.equals(match.online()) && match.lastSeen() != null;
        targets.add(
            new ProbeTarget(
                peer.name(), match.firstIp(), fqdn, match.tailscaleIps(), peer.ports(), offline));
      } else if (status == null && IpLiteral.isLiteral(peer.host())) {
        targets.add(
            new ProbeTarget(peer.name(), peer.host(), null, List.of(peer.host()), peer.ports()));
      } else {
        targets.add(new ProbeTarget(peer.name(), null, null, List.of(), peer.ports()));
      }
    }
    return targets;
  }

  /**
   * The peer status a configured peer names, or null: a node we can reach first, else a sharee node
   * of that name (which says "they have not shared theirs with you").
   */
  public static PeerStatus match(Status status, PeerConfig peer) {
    if (status == null) {
      return null;
    }
    List<PeerStatus> peers = status.peerList();
    return PeerMatcher.findReachable(peers, peer.host())
        .or(() -> PeerMatcher.findReachable(peers, peer.name()))
        .or(() -> PeerMatcher.find(peers, peer.host()))
        .or(() -> PeerMatcher.find(peers, peer.name()))
        .orElse(null);
  }
}
