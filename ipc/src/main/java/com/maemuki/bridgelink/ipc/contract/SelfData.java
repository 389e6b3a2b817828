package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/**
 * This machine as tailscaled reports it.
 *
 * @param ips its Tailscale addresses, IPv4 first
 * @param backendState tailscaled's {@code BackendState}, e.g. {@code Running}
 * @param keyExpiry when its node key expires (ISO-8601), null when it never does or is unknown
 * @param profileOwnerSid the Windows SID owning tailscaled's current profile (the tray offers user
 *     repairs only to that user); null on the empty profile and off Windows
 */
public record SelfData(
    String hostName,
    String dnsName,
    List<String> ips,
    String backendState,
    String keyExpiry,
    Boolean magicDnsEnabled,
    String magicDnsSuffix,
    String profileOwnerSid) {

  public SelfData {
    ips = Lists.present(ips);
  }
}
