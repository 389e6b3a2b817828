package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.util.List;

/** {@code magicdns-disabled}: the tailnet's MagicDNS setting is off ({@code CurrentTailnet}). */
public final class MagicDnsDisabledCheck implements Check {

  @Override
  public String name() {
    return FindingCode.MAGICDNS_DISABLED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() == null || !Boolean.FALSE.equals(o.status().magicDnsEnabled())) {
      return List.of();
    }
    String tailnet = o.status().currentTailnet().name();
    return List.of(
        Finding.of(
            FindingCode.MAGICDNS_DISABLED,
            null,
            "MagicDNSEnabled is false for tailnet "
                + (tailnet == null || tailnet.isEmpty() ? "(unnamed)" : tailnet)
                + ": peer names such as host."
                + o.status().dnsSuffix()
                + " do not resolve."));
  }
}
