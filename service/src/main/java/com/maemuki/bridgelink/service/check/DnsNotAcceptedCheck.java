package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.util.List;

/** {@code dns-not-accepted}: this device ignores tailnet DNS (prefs {@code CorpDNS=false}). */
public final class DnsNotAcceptedCheck implements Check {

  @Override
  public String name() {
    return FindingCode.DNS_NOT_ACCEPTED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.prefs() == null || !Boolean.FALSE.equals(o.prefs().corpDns())) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.DNS_NOT_ACCEPTED,
            null,
            "Prefs say CorpDNS=false (tailscale set --accept-dns=false): MagicDNS names do not"
                + " resolve on this machine."));
  }
}
