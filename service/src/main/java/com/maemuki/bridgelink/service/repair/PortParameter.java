package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.platform.firewall.PortRejectedException;

/**
 * The port a port repair acts on: the {@code port} parameter, else the subject of the targeted
 * finding ({@code local-port-blocked/3389}); either way it must pass the allowlist.
 */
final class PortParameter {

  private PortParameter() {}

  static int require(RepairContext context, PortAllowlist allowlist) throws PortRejectedException {
    Object requested = context.params().get("port");
    if (requested == null) {
      requested = context.findingSubject().orElse(null);
    }
    return allowlist.require(requested);
  }
}
