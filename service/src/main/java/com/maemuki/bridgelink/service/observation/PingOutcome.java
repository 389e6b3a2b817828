package com.maemuki.bridgelink.service.observation;

/**
 * A bounded LocalAPI ping after a failed connect: it tells "the peer is unreachable" (no pong) from
 * "the peer answers but the port is closed" (pong).
 *
 * @param type {@code disco} or {@code TSMP}: the first that answered, else the last tried
 * @param via {@code direct}, {@code derp}, {@code peer-relay} or null (TSMP carries no path)
 * @param error null when it answered
 * @param timedOut no answer within the deadline (what tailscaled does for an unreachable peer)
 */
public record PingOutcome(
    String type, boolean replied, Double latencyMs, String via, String error, boolean timedOut) {

  public PingOutcome(String type, boolean replied, Double latencyMs, String via, String error) {
    this(type, replied, latencyMs, via, error, false);
  }
}
