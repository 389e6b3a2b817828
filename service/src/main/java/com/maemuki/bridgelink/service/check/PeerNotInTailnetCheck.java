package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code peer-not-in-tailnet}: no node in the peer list matches a watched peer (invite not
 * accepted, expired after 7 days, or share revoked); {@code "Peer": null} is such a list, empty.
 * {@code peer-not-shared-back}: the only node that matches is a sharee, in our netmap because we
 * shared our computer to its owner, who has not shared theirs with us. Only from the peer list of a
 * node that is Running in a map poll ({@link Status#peersCurrent()}): a stopped or logged-out
 * node's list is frozen. Without a status, a ping answered "no matching peer" says the same.
 */
public final class PeerNotInTailnetCheck implements Check {

  @Override
  public String name() {
    return FindingCode.PEER_NOT_IN_TAILNET.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    Status s = o.status();
    boolean peerListValid = s != null && s.listsPeers() && s.peersCurrent();
    for (String spec : o.watchedPeers()) {
      if (peerListValid) {
        fromPeerList(s, spec).ifPresent(out::add);
      } else if (s == null || !s.listsPeers()) {
        fromPings(o, spec).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Finding> fromPeerList(Status s, String spec) {
    if (PeerMatcher.findReachable(s.peerList(), spec).isPresent()) {
      return Optional.empty();
    }
    Optional<PeerStatus> sharee = PeerMatcher.findShareeOnly(s.peerList(), spec);
    if (sharee.isPresent()) {
      PeerStatus p = sharee.get();
      return Optional.of(
          Finding.of(
              FindingCode.PEER_NOT_SHARED_BACK,
              spec,
              "'"
                  + spec
                  + "' is in this tailnet only as "
                  + (p.fqdn().isEmpty() ? p.name() : p.fqdn())
                  + ", a node of someone you shared this computer to: they can connect to you,"
                  + " but they have not shared their computer with you (or revoked it)."));
    }
    String detail =
        s.peerList().isEmpty()
            ? "This machine sees no peers at all (\"Peer\": null), so '" + spec + "' is not in it."
            : "No node among the "
                + s.peerList().size()
                + " peers matches '"
                + spec
                + "' (by MagicDNS name, FQDN, host name, Tailscale IP or node ID).";
    return Optional.of(Finding.of(FindingCode.PEER_NOT_IN_TAILNET, spec, detail));
  }

  private static Optional<Finding> fromPings(Observations o, String spec) {
    for (PingAttempt a : o.pings()) {
      if ("no matching peer".equals(a.error())
          && a.target() != null
          && a.target().equalsIgnoreCase(spec.trim())) {
        return Optional.of(
            Finding.of(
                FindingCode.PEER_NOT_IN_TAILNET,
                spec,
                "tailscale ping " + a.target() + " answered: no matching peer."));
      }
    }
    return Optional.empty();
  }
}
