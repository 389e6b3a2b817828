package com.maemuki.bridgelink.service.platform.firewall;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals as numbers, parsed without ever touching DNS: text that is not shaped like an
 * address is rejected before {@link InetAddress#getByName} sees it (which would otherwise resolve
 * names).
 */
final class IpLiteral {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpLiteral() {}

  /** The address's bytes as an unsigned number plus its width (32 or 128). */
  record Value(BigInteger number, int bits) {}

  static Optional<Value> parse(String text) {
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    int zone = t.indexOf('%');
    if (zone >= 0) {
      t = t.substring(0, zone);
    }
    boolean v4 = IPV4.matcher(t).matches();
    boolean v6 = !v4 && t.indexOf(':') >= 0 && IPV6.matcher(t).matches();
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(t).getAddress();
      return Optional.of(new Value(new BigInteger(1, bytes), bytes.length * 8));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
