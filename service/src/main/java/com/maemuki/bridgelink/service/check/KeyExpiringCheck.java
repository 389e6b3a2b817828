package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.time.Duration;
import java.util.List;

/** {@code key-expiring}: this machine's node key expires within the warning period. */
public final class KeyExpiringCheck implements Check {

  private final Duration warning;

  public KeyExpiringCheck(Duration warning) {
    this.warning = warning;
  }

  @Override
  public String name() {
    return FindingCode.KEY_EXPIRING.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() == null) {
      return List.of();
    }
    PeerStatus self = o.status().self();
    if (self.keyExpiry() == null || self.keyExpired(o.now())) {
      return List.of();
    }
    Duration left = Duration.between(o.now(), self.keyExpiry());
    if (left.isNegative() || left.isZero() || left.compareTo(warning) > 0) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.KEY_EXPIRING,
            null,
            "The node key expires " + KeyExpiryWords.in(left) + " (" + self.keyExpiry() + ")."));
  }
}
