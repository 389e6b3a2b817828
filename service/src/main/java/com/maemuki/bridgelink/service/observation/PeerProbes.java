package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.util.List;

/**
 * One peer's probe round: a connect per configured port, and a ping when a connect failed.
 *
 * @param ip where the connects went, or null when the peer was not found in the tailnet (then there
 *     are no results)
 * @param ping null unless a connect failed and a pinger is available
 */
public record PeerProbes(String peer, String ip, List<TcpProbeResult> ports, PingOutcome ping) {

  public PeerProbes {
    ports = List.copyOf(ports);
  }

  public boolean allOk() {
    return !ports.isEmpty() && ports.stream().allMatch(TcpProbeResult::ok);
  }

  /** The best latency of this round's successful connects, or null. */
  public Double bestLatencyMs() {
    return ports.stream()
        .filter(TcpProbeResult::ok)
        .map(TcpProbeResult::latencyMs)
        .min(Double::compare)
        .orElse(null);
  }
}
