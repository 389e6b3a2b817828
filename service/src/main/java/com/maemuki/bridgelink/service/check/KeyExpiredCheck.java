package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.List;

/**
 * {@code key-expired}: this machine's node key has expired: control's {@code Expired} flag, or
 * {@code Self.KeyExpiry} in the past. tailscaled decides the same way for itself
 * (ipn/ipnlocal/local.go: {@code SelfKeyExpiry().Before(now)}), and a node past its expiry can
 * still say Running with {@code Expired} false until control's next map response flags it.
 */
public final class KeyExpiredCheck implements Check {

  @Override
  public String name() {
    return FindingCode.KEY_EXPIRED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() == null) {
      return List.of();
    }
    PeerStatus self = o.status().self();
    boolean passed = self.keyExpiry() != null && self.keyExpiry().isBefore(o.now());
    if (!self.hasIdentity() || !(self.expired() || passed)) {
      return List.of();
    }
    String when = self.keyExpiry() == null ? "" : " at " + self.keyExpiry();
    return List.of(Finding.of(FindingCode.KEY_EXPIRED, null, "The node key expired" + when + "."));
  }
}
