package com.maemuki.bridgelink.service.observation;

import java.time.Instant;
import java.util.List;

/** The reading of the {@code probes} source: every configured peer's round. */
public record ProbeReading(Instant time, List<PeerProbes> peers) {

  public ProbeReading {
    peers = List.copyOf(peers);
  }

  public PeerProbes peer(String name) {
    return peers.stream().filter(p -> p.peer().equals(name)).findFirst().orElse(null);
  }
}
