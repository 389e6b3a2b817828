package com.maemuki.bridgelink.service.monitor;

import java.util.List;

/** This machine as tailscaled reports it; fields are null where unknown. */
public record SelfView(
    String hostName,
    String dnsName,
    List<String> ips,
    String backendState,
    String keyExpiry,
    Boolean magicDnsEnabled,
    String magicDnsSuffix) {

  public SelfView {
    ips = ips == null ? List.of() : List.copyOf(ips);
  }

  public static SelfView unknown() {
    return new SelfView(null, null, List.of(), null, null, null, null);
  }
}
