package com.maemuki.bridgelink.service.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * IP address literals: recognised without any lookup, and normalised so that {@code
 * fd7a:115c:a1e0::1} and {@code fd7a:115c:a1e0:0:0:0:0:1} compare equal.
 */
public final class IpLiteral {

  private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private IpLiteral() {}

  public static boolean isLiteral(String text) {
    return text != null && (V4.matcher(text).matches() || V6.matcher(text).matches());
  }

  /** The address for a literal (never a DNS lookup), or null when {@code text} is not one. */
  public static InetAddress parse(String text) {
    if (!isLiteral(text)) {
      return null;
    }
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** The canonical text of a literal; other text is returned unchanged. */
  public static String normalize(String text) {
    InetAddress address = parse(text);
    return address == null ? text : address.getHostAddress();
  }
}
