package com.maemuki.bridgelink.service.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code ip}, {@code ip:port} and {@code [v6]:port} literals, never resolving a name. */
public final class ServerAddress {

  private ServerAddress() {}

  /** The socket address, or null when {@code text} is not an IP literal with an optional port. */
  public static InetSocketAddress parse(String text, int defaultPort) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String host = text;
    int port = defaultPort;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = text.substring(1, close);
      String rest = text.substring(close + 1);
      if (rest.startsWith(":")) {
        port = parsePort(rest.substring(1));
      } else if (!rest.isEmpty()) {
        return null;
      }
    } else if (text.chars().filter(c -> c == ':').count() == 1) {
      host = text.substring(0, text.indexOf(':'));
      port = parsePort(text.substring(text.indexOf(':') + 1));
    }
    if (port < 0 || !looksLikeIpLiteral(host)) {
      return null;
    }
    try {
      // A literal never triggers a lookup; looksLikeIpLiteral keeps names out.
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      return port >= 1 && port <= 65535 ? port : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean looksLikeIpLiteral(String host) {
    if (host.contains(":")) {
      return host.matches("[0-9A-Fa-f:.]+");
    }
    return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
