package com.maemuki.bridgelink.ipc.contract;

import java.util.List;

/** The {@code history.get} result: one peer's latency samples, oldest first. */
public record HistoryResult(String peer, List<HistorySample> samples) {
  public HistoryResult {
    samples = Lists.present(samples);
  }
}
