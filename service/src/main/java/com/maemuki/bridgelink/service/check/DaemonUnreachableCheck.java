package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.util.List;

/**
 * {@code daemon-stopped}: the tailscale CLI (or the LocalAPI client) could not reach tailscaled.
 * The live monitor refines this with the service manager's view (not installed, unresponsive).
 */
public final class DaemonUnreachableCheck implements Check {

  @Override
  public String name() {
    return "daemon-unreachable";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.daemonError() == null || o.daemonError().isBlank()) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.DAEMON_STOPPED, null, "Could not reach tailscaled: " + o.daemonError()));
  }
}
