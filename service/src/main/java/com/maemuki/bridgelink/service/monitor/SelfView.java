package com.maemuki.bridgelink.service.monitor;

import java.util.List;

/**
 * This machine as tailscaled reports it; fields are null where unknown.
 *
 * @param profileOwnerSid the Windows SID of the user who owns tailscaled's current login profile
 *     ({@code profiles/current LocalUserID}); null on the empty profile and off Windows. User
 *     repairs are offered only to the tray of that user.
 */
public record SelfView(
    String hostName,
    String dnsName,
    List<String> ips,
    String backendState,
    String keyExpiry,
    Boolean magicDnsEnabled,
    String magicDnsSuffix,
    String profileOwnerSid) {

  public SelfView {
    ips = ips == null ? List.of() : List.copyOf(ips);
  }

  public SelfView(
      String hostName,
      String dnsName,
      List<String> ips,
      String backendState,
      String keyExpiry,
      Boolean magicDnsEnabled,
      String magicDnsSuffix) {
    this(hostName, dnsName, ips, backendState, keyExpiry, magicDnsEnabled, magicDnsSuffix, null);
  }

  public static SelfView unknown() {
    return new SelfView(null, null, List.of(), null, null, null, null, null);
  }
}
