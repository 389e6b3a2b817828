package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-key-expired} / {@code peer-key-expiring}: a peer in scope (watched, else in use) has
 * an expired node key, or one that expires within the warning period.
 */
public final class PeerKeyExpiryCheck implements Check {

  private final Duration warning;

  public PeerKeyExpiryCheck(Duration warning) {
    this.warning = warning;
  }

  @Override
  public String name() {
    return "peer-key-expiry";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    for (PeerScope.ScopedPeer scoped : PeerScope.of(o)) {
      PeerStatus p = scoped.peer();
      if (p.keyExpired(o.now())) {
        String when = p.keyExpiry() == null ? "" : " at " + p.keyExpiry();
        out.add(
            Finding.of(
                FindingCode.PEER_KEY_EXPIRED,
                scoped.subject(),
                p.name() + "'s node key expired" + when + "."));
        continue;
      }
      if (p.keyExpiry() == null) {
        continue;
      }
      Duration left = Duration.between(o.now(), p.keyExpiry());
      if (!left.isNegative() && !left.isZero() && left.compareTo(warning) <= 0) {
        out.add(
            Finding.of(
                FindingCode.PEER_KEY_EXPIRING,
                scoped.subject(),
                p.name()
                    + "'s node key expires "
                    + KeyExpiryWords.in(left)
                    + " ("
                    + p.keyExpiry()
                    + ")."));
      }
    }
    return out;
  }
}
