package com.maemuki.bridgelink.service.probe;

/** How a TCP connect ended. */
public enum TcpOutcome {
  /** Connected: something listens and the path is open. */
  OK,
  /** Actively refused (RST): the host is reachable, nothing listens or a firewall rejects. */
  REFUSED,
  /** No answer before the deadline: the host is down, or a firewall drops silently. */
  TIMEOUT,
  /** No route or network unreachable (ICMP error or no local route). */
  UNREACHABLE,
  /** Anything else, with its message. */
  ERROR;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
