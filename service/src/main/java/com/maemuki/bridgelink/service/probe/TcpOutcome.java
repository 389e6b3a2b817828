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
  /**
   * This machine has no route to the address at all (ENETUNREACH before anything is sent): a local
   * state, not a fact about the peer — on the real tailnet it shows for about a second while
   * tailscaled programs its routes after start or after a peer (re)joins.
   */
  NO_LOCAL_ROUTE,
  /** Anything else, with its message. */
  ERROR;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
