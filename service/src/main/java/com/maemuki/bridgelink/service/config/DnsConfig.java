package com.maemuki.bridgelink.service.config;

/**
 * Where peer names are resolved.
 *
 * @param osResolver {@code "system"} for the operating system's resolver, or {@code host[:port]} of
 *     a DNS server to ask directly instead (tests point it at a server on loopback)
 * @param magicDnsServer Tailscale's resolver, {@code 100.100.100.100} unless a test moves it
 */
public record DnsConfig(String osResolver, String magicDnsServer) {

  public static final String SYSTEM = "system";

  public static DnsConfig defaults() {
    return new DnsConfig(SYSTEM, "100.100.100.100");
  }

  public boolean usesSystemResolver() {
    return SYSTEM.equals(osResolver);
  }
}
