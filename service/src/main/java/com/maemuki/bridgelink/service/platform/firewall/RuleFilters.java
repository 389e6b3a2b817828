package com.maemuki.bridgelink.service.platform.firewall;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How Windows Firewall's filter values match a connection: ports and port ranges, ICMP types,
 * address forms (single, CIDR, address/mask, a-b range), interface aliases. Keywords Windows
 * resolves itself ("LocalSubnet", "RPC", "DHCP", …) do not match a Tailscale peer's TCP connection:
 * none of them describes 100.64.0.0/10 traffic to an application port.
 */
final class RuleFilters {

  private RuleFilters() {}

  static boolean isAny(List<String> values) {
    return values.stream().anyMatch(v -> v.equalsIgnoreCase("Any") || v.equals("*"));
  }

  static boolean protocolCoversTcp(String protocol) {
    return protocol.equalsIgnoreCase("Any")
        || protocol.equalsIgnoreCase("TCP")
        || protocol.equals("6");
  }

  static boolean protocolCoversIcmpV4(String protocol) {
    return protocol.equalsIgnoreCase("Any")
        || protocol.equalsIgnoreCase("ICMPv4")
        || protocol.equals("1");
  }

  static boolean portMatches(List<String> ports, int port) {
    for (String raw : ports) {
      String p = raw.strip();
      if (p.equalsIgnoreCase("Any") || p.equals("*")) {
        return true;
      }
      int dash = p.indexOf('-');
      if (dash > 0) {
        Integer lo = number(p.substring(0, dash));
        Integer hi = number(p.substring(dash + 1));
        if (lo != null && hi != null && lo <= port && port <= hi) {
          return true;
        }
      } else {
        Integer n = number(p);
        if (n != null && n == port) {
          return true;
        }
      }
    }
    return false;
  }

  /** Echo request is type 8; "8:*" and "8:0" carry a code. */
  static boolean icmpEchoMatches(List<String> types) {
    for (String raw : types) {
      String t = raw.strip();
      if (t.equalsIgnoreCase("Any") || t.equals("*") || t.equals("8") || t.startsWith("8:")) {
        return true;
      }
    }
    return false;
  }

  /** True when the address list covers {@code address}; an unknown address matches only "Any". */
  static boolean addressMatches(List<String> entries, String address) {
    if (isAny(entries)) {
      return true;
    }
    if (address == null) {
      return false;
    }
    Optional<IpLiteral.Value> ip = IpLiteral.parse(address);
    if (ip.isEmpty()) {
      return false;
    }
    for (String entry : entries) {
      if (entryCovers(entry.strip(), ip.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean entryCovers(String entry, IpLiteral.Value ip) {
    int slash = entry.indexOf('/');
    if (slash > 0) {
      Optional<IpLiteral.Value> base = IpLiteral.parse(entry.substring(0, slash));
      if (base.isEmpty() || base.get().bits() != ip.bits()) {
        return false;
      }
      String suffix = entry.substring(slash + 1);
      Integer length = number(suffix);
      BigInteger mask;
      if (length != null && length <= ip.bits()) {
        mask = prefixMask(length, ip.bits());
      } else {
        Optional<IpLiteral.Value> m = IpLiteral.parse(suffix);
        if (m.isEmpty() || m.get().bits() != ip.bits()) {
          return false;
        }
        mask = m.get().number();
      }
      return base.get().number().and(mask).equals(ip.number().and(mask));
    }
    int dash = entry.indexOf('-');
    if (dash > 0) {
      Optional<IpLiteral.Value> lo = IpLiteral.parse(entry.substring(0, dash));
      Optional<IpLiteral.Value> hi = IpLiteral.parse(entry.substring(dash + 1));
      return lo.isPresent()
          && hi.isPresent()
          && lo.get().bits() == ip.bits()
          && hi.get().bits() == ip.bits()
          && lo.get().number().compareTo(ip.number()) <= 0
          && ip.number().compareTo(hi.get().number()) <= 0;
    }
    Optional<IpLiteral.Value> single = IpLiteral.parse(entry);
    return single.isPresent() && single.get().equals(ip);
  }

  private static BigInteger prefixMask(int length, int bits) {
    return BigInteger.ONE
        .shiftLeft(bits)
        .subtract(BigInteger.ONE)
        .xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
  }

  static boolean interfaceMatches(List<String> aliases, String alias) {
    if (isAny(aliases)) {
      return true;
    }
    String a = alias.toLowerCase(Locale.ROOT);
    return aliases.stream().anyMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(a));
  }

  private static Integer number(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 5 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(t);
  }
}
