package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-not-in-tailnet}: no node in the peer list matches a watched peer (invite not
 * accepted, expired after 7 days, or share revoked). Only from a running node's full peer list,
 * since a stopped or logged-out node lists nobody; without a status, a ping answered "no matching
 * peer" says the same.
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
    boolean peerListValid =
        s != null
            && s.listsPeers()
            && (s.state() == BackendState.RUNNING || s.state() == BackendState.UNKNOWN);
    for (String spec : o.watchedPeers()) {
      if (peerListValid) {
        if (PeerMatcher.find(s.peerList(), spec).isEmpty()) {
          out.add(
              Finding.of(
                  FindingCode.PEER_NOT_IN_TAILNET,
                  spec,
                  "No node among the "
                      + s.peerList().size()
                      + " peers matches '"
                      + spec
                      + "' (by MagicDNS name, FQDN, host name, Tailscale IP or node ID)."));
        }
      } else if (s == null || !s.listsPeers()) {
        for (PingAttempt a : o.pings()) {
          if ("no matching peer".equals(a.error())
              && a.target() != null
              && a.target().equalsIgnoreCase(spec.trim())) {
            out.add(
                Finding.of(
                    FindingCode.PEER_NOT_IN_TAILNET,
                    spec,
                    "tailscale ping " + a.target() + " answered: no matching peer."));
            break;
          }
        }
      }
    }
    return out;
  }
}
