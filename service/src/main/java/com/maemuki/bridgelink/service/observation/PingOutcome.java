package com.maemuki.bridgelink.service.observation;

/**
 * A bounded LocalAPI ping after a failed connect: it tells "the peer is unreachable" (no pong) from
 * "the peer answers but the port is closed" (pong).
 *
 * @param type {@code disco} or {@code TSMP}: the first that answered, else the last tried
 * @param via {@code direct}, {@code derp}, {@code peer-relay} or null (TSMP carries no path)
 * @param error null when it answered
 */
public record PingOutcome(
    String type, boolean replied, Double latencyMs, String via, String error) {}
