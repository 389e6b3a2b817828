package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import java.util.List;

/** {@code needs-machine-auth}: logged in, but the tailnet admin has not approved this machine. */
public final class NeedsMachineAuthCheck implements Check {

  @Override
  public String name() {
    return FindingCode.NEEDS_MACHINE_AUTH.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() == null || o.status().state() != BackendState.NEEDS_MACHINE_AUTH) {
      return List.of();
    }
    String host = o.status().self().name();
    return List.of(
        Finding.of(
            FindingCode.NEEDS_MACHINE_AUTH,
            null,
            "Tailscale's state is NeedsMachineAuth"
                + (host.isEmpty() ? "" : " for machine " + host)
                + ": device approval is on in this tailnet and the machine is not approved yet."));
  }
}
