package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.observation.FirewallReading;
import com.maemuki.bridgelink.service.platform.firewall.FirewallFindings;
import java.util.List;

/**
 * {@code local-port-blocked}, {@code icmp-blocked}, {@code adapter-public-profile}: from the
 * firewall evaluation ({@link FirewallFindings}); nothing where there is no Windows Firewall.
 */
public final class FirewallCheck implements Check {

  @Override
  public String name() {
    return "firewall";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    return o.live() == null ? List.of() : check(o.live().firewall());
  }

  public List<Finding> check(FirewallReading reading) {
    if (reading == null || reading.evaluation() == null) {
      return List.of();
    }
    return FirewallFindings.from(reading.evaluation());
  }
}
