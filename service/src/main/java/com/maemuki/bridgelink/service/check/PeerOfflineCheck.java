package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerPresence;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-offline}: a watched peer is in the tailnet and control reports it offline (its
 * tailscaled down, the machine asleep or off, or its key expired). Only {@code Online:false} with a
 * {@code LastSeen} is offline; without one control did not say ({@link PeerPresence#UNKNOWN}) and
 * our own probe decides (live {@code PeerPortCheck}). Only while this node is Running in a map
 * poll: otherwise the peer values are frozen, and a stopped machine would call every peer offline.
 */
public final class PeerOfflineCheck implements Check {

  @Override
  public String name() {
    return FindingCode.PEER_OFFLINE.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    if (o.status() == null || !o.status().peersCurrent()) {
      return out;
    }
    for (String spec : o.watchedPeers()) {
      PeerMatcher.findReachable(o.status().peerList(), spec)
          .filter(p -> p.presence() == PeerPresence.OFFLINE)
          .ifPresent(p -> out.add(Finding.of(FindingCode.PEER_OFFLINE, spec, detail(o, p))));
    }
    return out;
  }

  private static String detail(Observations o, PeerStatus p) {
    StringBuilder d = new StringBuilder(p.name());
    if (p.firstIp() != null) {
      d.append(" (").append(p.firstIp()).append(')');
    }
    d.append(" is offline; last seen ").append(p.lastSeen()).append('.');
    if (p.keyExpired(o.now())) {
      d.append(" Its node key has expired.");
    }
    return d.toString();
  }
}
