package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import java.util.List;

/**
 * The live monitor's checks, run with {@code Checks.tailscaleChecks} over the same observations.
 */
public final class LiveChecks {

  private LiveChecks() {}

  public static List<Check> all() {
    return List.of(
        new DaemonCheck(),
        new PeerPortCheck(),
        new LocalPortCheck(),
        new FirewallCheck(),
        new PeerNameCheck(),
        new ConfigCheck(),
        new SourceHealthCheck());
  }
}
