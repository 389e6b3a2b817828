package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import java.util.List;
import java.util.Locale;

/** {@code udp-blocked}: netcheck got no UDP (STUN) answer, so every path falls back to DERP. */
public final class UdpBlockedCheck implements Check {

  @Override
  public String name() {
    return FindingCode.UDP_BLOCKED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    NetcheckReport n = o.netcheck();
    if (n == null || !Boolean.FALSE.equals(n.udp())) {
      return List.of();
    }
    StringBuilder detail = new StringBuilder("netcheck reports UDP: false");
    String derp = n.preferredDerpLabel();
    if (derp != null) {
      detail.append("; nearest DERP ").append(derp);
      Double ms = n.preferredDerpLatencyMs();
      if (ms != null) {
        detail.append(String.format(Locale.ROOT, " at %.1f ms", ms));
      }
    }
    detail.append('.');
    return List.of(Finding.of(FindingCode.UDP_BLOCKED, null, detail.toString()));
  }
}
