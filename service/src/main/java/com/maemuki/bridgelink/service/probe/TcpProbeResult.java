package com.maemuki.bridgelink.service.probe;

import java.time.Instant;

/**
 * One TCP connect attempt.
 *
 * @param address the IP literal connected to
 * @param latencyMs time to connect (or to fail), milliseconds
 * @param error null when connected, else what happened in plain words
 */
public record TcpProbeResult(
    String address, int port, TcpOutcome outcome, double latencyMs, String error, Instant time) {

  public boolean ok() {
    return outcome == TcpOutcome.OK;
  }
}
