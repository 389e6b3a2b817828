package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.List;

/**
 * {@code key-expired}: this machine's node key has expired (control's flag, or an expiry in the
 * past while the machine is not online; see {@link PeerStatus#keyExpired}).
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
    if (!self.hasIdentity() || !self.keyExpired(o.now())) {
      return List.of();
    }
    String when = self.keyExpiry() == null ? "" : " at " + self.keyExpiry();
    return List.of(Finding.of(FindingCode.KEY_EXPIRED, null, "The node key expired" + when + "."));
  }
}
