package com.maemuki.bridgelink.service.platform.firewall;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local ports a repair may open or close: exactly the configured inbound ports. Whatever a
 * caller sends (a JSON number, a string, garbage) is checked here before it gets near a command:
 * digits only, at most five of them (so a million-digit string is refused before it is parsed),
 * 1–65535, and in the configured set.
 */
public final class PortAllowlist {

  private final Set<Integer> allowed;

  /**
   * @param configuredPorts the configured inbound ports; out-of-range entries are refused
   */
  public PortAllowlist(List<Integer> configuredPorts) {
    TreeSet<Integer> set = new TreeSet<>();
    for (Integer p : configuredPorts) {
      if (p == null || p < 1 || p > 65535) {
        throw new IllegalArgumentException("configured port out of range: " + p);
      }
      set.add(p);
    }
    this.allowed = Set.copyOf(set);
  }

  public Set<Integer> ports() {
    return new TreeSet<>(allowed);
  }

  /**
   * The port, if the request names an allowed one.
   *
   * @param requested a caller's value: an Integer/Long from JSON, or a string
   * @throws PortRejectedException with a message safe to show (it never echoes more than 16 chars)
   */
  public int require(Object requested) throws PortRejectedException {
    int port = parse(requested);
    if (!allowed.contains(port)) {
      throw new PortRejectedException(
          "port " + port + " is not one of the configured inbound ports " + new TreeSet<>(allowed));
    }
    return port;
  }

  private static int parse(Object requested) throws PortRejectedException {
    if (requested instanceof Integer || requested instanceof Long || requested instanceof Short) {
      long value = ((Number) requested).longValue();
      return inRange(value);
    }
    if (!(requested instanceof String)) {
      throw new PortRejectedException(
          "a port must be a number, not "
              + (requested == null ? "nothing" : "a " + requested.getClass().getSimpleName()));
    }
    String text = (String) requested;
    if (text.isEmpty()) {
      throw new PortRejectedException("no port given");
    }
    if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new PortRejectedException("not a port number: '" + preview(text) + "'");
    }
    return inRange(Long.parseLong(text));
  }

  private static int inRange(long value) throws PortRejectedException {
    if (value < 1 || value > 65535) {
      throw new PortRejectedException("port " + value + " is outside 1-65535");
    }
    return (int) value;
  }

  private static String preview(String text) {
    String cut = text.length() > 16 ? text.substring(0, 16) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
