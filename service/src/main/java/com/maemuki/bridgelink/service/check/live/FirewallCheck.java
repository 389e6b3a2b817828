package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.sources.FirewallReading;
import com.maemuki.bridgelink.service.platform.firewall.FirewallFindings;
import java.util.List;

/**
 * {@code local-port-blocked}, {@code icmp-blocked}, {@code adapter-public-profile}: from the
 * firewall evaluation ({@link FirewallFindings}); nothing where there is no Windows Firewall.
 */
public final class FirewallCheck {

  public List<Finding> check(FirewallReading reading) {
    if (reading == null || reading.evaluation() == null) {
      return List.of();
    }
    return FirewallFindings.from(reading.evaluation());
  }
}
