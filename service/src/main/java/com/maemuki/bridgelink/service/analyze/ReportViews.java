package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import java.time.Instant;

/** Value conventions both renderers share: empty means unknown, ms rounded, wire names. */
final class ReportViews {

  private ReportViews() {}

  static String orNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  /** Milliseconds rounded to the microsecond. */
  static Double ms(Double v) {
    return v == null ? null : Math.round(v * 1000.0) / 1000.0;
  }

  /** The ping path as the report names it; ICMP and peerapi pings say nothing of the path. */
  static String via(PingVia v) {
    if (v == null || v == PingVia.ICMP || v == PingVia.PEERAPI) {
      return null;
    }
    return v.wireName();
  }

  /** The DNS name as people write it: no trailing dot. */
  static String dnsName(PeerStatus p) {
    return orNull(p.fqdn());
  }
}
