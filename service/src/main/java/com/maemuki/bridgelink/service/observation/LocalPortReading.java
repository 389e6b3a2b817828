package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.util.List;

/**
 * The reading of the {@code local-ports} source: a connect to this machine's own Tailscale IP on
 * each configured local port. {@code selfIp} null means the IP is not known yet (no results).
 */
public record LocalPortReading(String selfIp, List<TcpProbeResult> ports) {

  public LocalPortReading {
    ports = List.copyOf(ports);
  }
}
