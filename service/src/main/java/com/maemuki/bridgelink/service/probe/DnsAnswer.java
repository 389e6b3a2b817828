package com.maemuki.bridgelink.service.probe;

import java.util.List;

/**
 * What one resolver said about one name.
 *
 * @param resolver which resolver ("system", "100.100.100.100:53")
 * @param addresses the IP literals returned (empty when none)
 * @param error null when the resolver answered, else why not ("NXDOMAIN", "no answer within …")
 */
public record DnsAnswer(String resolver, String name, List<String> addresses, String error) {

  public DnsAnswer {
    addresses = List.copyOf(addresses);
  }

  /** True when the name resolved to at least one address. */
  public boolean resolved() {
    return error == null && !addresses.isEmpty();
  }

  /** True when one of the returned addresses is one of {@code expected}. */
  public boolean matchesAny(List<String> expected) {
    List<String> wanted = expected.stream().map(IpLiteral::normalize).toList();
    return addresses.stream().map(IpLiteral::normalize).anyMatch(wanted::contains);
  }
}
