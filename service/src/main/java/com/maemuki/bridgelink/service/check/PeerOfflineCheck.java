package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-offline}: a watched peer is in the tailnet but control reports it offline (its
 * tailscaled down, the machine asleep or off, or its key expired).
 */
public final class PeerOfflineCheck implements Check {

  @Override
  public String name() {
    return FindingCode.PEER_OFFLINE.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    if (o.status() == null) {
      return out;
    }
    for (String spec : o.watchedPeers()) {
      PeerMatcher.find(o.status().peerList(), spec)
          .filter(p -> Boolean.FALSE.equals(p.online()))
          .ifPresent(p -> out.add(Finding.of(FindingCode.PEER_OFFLINE, spec, detail(o, p))));
    }
    return out;
  }

  private static String detail(Observations o, PeerStatus p) {
    StringBuilder d = new StringBuilder(p.name());
    if (p.firstIp() != null) {
      d.append(" (").append(p.firstIp()).append(')');
    }
    d.append(" is offline");
    if (p.lastSeen() != null) {
      d.append("; last seen ").append(p.lastSeen());
    }
    d.append('.');
    if (p.keyExpired(o.now())) {
      d.append(" Its node key has expired.");
    }
    return d.toString();
  }
}
