package com.maemuki.bridgelink.tailscale.model;

/**
 * {@code ipnstate.PingResult} from {@code POST /localapi/v0/ping}. "no matching peer" and "is local
 * Tailscale IP" arrive as HTTP 200 with {@code err} set.
 *
 * @param latencySeconds round trip in seconds (0 with an error)
 * @param endpoint {@code ip:port} of a direct UDP reply
 * @param peerRelay {@code ip:port:vni:N} of a peer relay
 * @param derpRegionId non-zero when the reply came via DERP
 * @param peerApiPort set by TSMP replies
 * @param peerApiUrl set by peerapi pings
 */
public record PingResult(
    String ip,
    String nodeIp,
    String nodeName,
    String err,
    double latencySeconds,
    String endpoint,
    String peerRelay,
    int derpRegionId,
    String derpRegionCode,
    int peerApiPort,
    String peerApiUrl,
    boolean isLocalIp) {

  public PingResult {
    ip = ip == null ? "" : ip;
    nodeIp = nodeIp == null ? "" : nodeIp;
    nodeName = nodeName == null ? "" : nodeName;
    err = err == null ? "" : err;
    endpoint = endpoint == null ? "" : endpoint;
    peerRelay = peerRelay == null ? "" : peerRelay;
    derpRegionCode = derpRegionCode == null ? "" : derpRegionCode;
    peerApiUrl = peerApiUrl == null ? "" : peerApiUrl;
  }

  public boolean isError() {
    return !err.isEmpty();
  }

  /**
   * The reply's path, by tailscale's own order (PeerRelay, then DERP region, then endpoint); TSMP
   * and peerapi replies carry a peerapi port or URL instead; null when nothing says.
   */
  public PingVia via() {
    if (isError()) {
      return null;
    }
    if (!peerRelay.isEmpty()) {
      return PingVia.PEER_RELAY;
    }
    if (derpRegionId != 0) {
      return PingVia.DERP;
    }
    if (!endpoint.isEmpty()) {
      return PingVia.DIRECT;
    }
    if (!peerApiUrl.isEmpty()) {
      return PingVia.PEERAPI;
    }
    if (peerApiPort != 0) {
      return PingVia.TSMP;
    }
    return null;
  }

  /** This result as one {@link PingAttempt}, attributed to {@code target} (else the pinged IP). */
  public PingAttempt toAttempt(String target) {
    String t = target != null ? target : ip.isEmpty() ? null : ip;
    if (isError()) {
      return PingAttempt.failure(t, err);
    }
    PingVia v = via();
    String where =
        v == PingVia.PEER_RELAY ? peerRelay : v == PingVia.PEERAPI ? peerApiUrl : endpoint;
    return PingAttempt.reply(
        t,
        nodeName.isEmpty() ? null : nodeName,
        nodeIp.isEmpty() ? null : nodeIp,
        v,
        derpRegionCode.isEmpty() ? null : derpRegionCode,
        where.isEmpty() ? null : where,
        latencySeconds * 1000.0);
  }
}
