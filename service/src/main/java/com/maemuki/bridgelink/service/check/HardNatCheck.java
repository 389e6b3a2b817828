package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import java.util.List;

/**
 * {@code hard-nat}: netcheck saw the public mapping change with the destination
 * (MappingVariesByDestIP), the NAT kind that defeats hole punching.
 */
public final class HardNatCheck implements Check {

  @Override
  public String name() {
    return FindingCode.HARD_NAT.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    NetcheckReport n = o.netcheck();
    if (n == null || !Boolean.TRUE.equals(n.mappingVariesByDestIp())) {
      return List.of();
    }
    String mapping =
        n.portMapping() == null
            ? ""
            : n.portMapping().isEmpty()
                ? " No port mapping protocol (UPnP, NAT-PMP, PCP) answered."
                : " Port mapping available: " + String.join(", ", n.portMapping()) + ".";
    return List.of(
        Finding.of(
            FindingCode.HARD_NAT, null, "netcheck reports MappingVariesByDestIP: true." + mapping));
  }
}
