package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code local-port-not-listening}: a connect to this machine's own Tailscale IP on a local port
 * the peers must reach fails, so the application is not running or listens on another address.
 */
public final class LocalPortCheck implements Check {

  @Override
  public String name() {
    return "local-port";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    // This machine's Tailscale address exists only while it is Running: stopped, logged out or
    // expired, the connect fails for that reason (backend-stopped/needs-login say it), not because
    // the application stopped listening (the real tailnet's `tailscale down` showed this).
    if (o.live() == null || o.status() == null || o.status().state() != BackendState.RUNNING) {
      return List.of();
    }
    return check(o.live().localPorts());
  }

  public List<Finding> check(LocalPortReading reading) {
    if (reading == null || reading.selfIp() == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (TcpProbeResult r : reading.ports()) {
      // No route to our own Tailscale address: Tailscale is down here (its own findings say so),
      // seen when the status poll has not caught up with a `tailscale down` yet.
      if (!r.ok() && r.outcome() != TcpOutcome.NO_LOCAL_ROUTE) {
        findings.add(
            Finding.of(
                FindingCode.LOCAL_PORT_NOT_LISTENING,
                Integer.toString(r.port()),
                "Connecting to this machine's Tailscale address "
                    + reading.selfIp()
                    + " port "
                    + r.port()
                    + ": "
                    + r.error()
                    + ". Peers cannot reach the application there."));
      }
    }
    return findings;
  }
}
