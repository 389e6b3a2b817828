package com.maemuki.bridgelink.tailscale.model;

/**
 * One ping's outcome, from a LocalAPI {@code PingResult} or one line of a {@code tailscale ping}
 * transcript: a reply (latency set), a timeout, or an error ({@code no matching peer}, …).
 *
 * @param target what was pinged as the user typed it (name or IP), or null when unknown
 * @param nodeName the replying node's short name, or null
 * @param nodeIp the replying node's Tailscale IP, or null
 * @param via the reply's path, or null for timeouts and errors
 * @param derpRegion the DERP region code when via DERP
 * @param endpoint the direct {@code ip:port} or the peer relay {@code ip:port:vni:N}
 * @param latencyMs round trip in milliseconds; null unless a reply
 * @param error the error text (the daemon's words); null for replies and plain timeouts
 */
public record PingAttempt(
    String target,
    String nodeName,
    String nodeIp,
    PingVia via,
    String derpRegion,
    String endpoint,
    Double latencyMs,
    boolean timedOut,
    String error) {

  /** A reply. */
  public static PingAttempt reply(
      String target,
      String nodeName,
      String nodeIp,
      PingVia via,
      String derpRegion,
      String endpoint,
      double latencyMs) {
    return new PingAttempt(
        target, nodeName, nodeIp, via, derpRegion, endpoint, latencyMs, false, null);
  }

  /** A per-ping timeout. */
  public static PingAttempt timeout(String target) {
    return new PingAttempt(target, null, target, null, null, null, null, true, null);
  }

  /** An error: the ping could not be sent or answered. */
  public static PingAttempt failure(String target, String error) {
    return new PingAttempt(target, null, null, null, null, null, null, false, error);
  }

  public boolean isReply() {
    return latencyMs != null;
  }

  /** The same attempt, attributed to {@code newTarget}. */
  public PingAttempt withTarget(String newTarget) {
    return new PingAttempt(
        newTarget, nodeName, nodeIp, via, derpRegion, endpoint, latencyMs, timedOut, error);
  }
}
