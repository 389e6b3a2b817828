package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.HistorySample;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a {@code history.get} result; samples with an unreadable time are skipped. */
public final class HistoryReader {
  private HistoryReader() {}

  /** The samples, oldest first. */
  public static List<LatencySample> read(JsonNode result) {
    List<LatencySample> samples = new ArrayList<>();
    if (result == null || !result.isObject()) {
      return samples;
    }
    for (HistorySample s : ContractJson.read(result, HistoryResult.class).samples()) {
      if (s.time() == null) {
        continue;
      }
      try {
        samples.add(
            new LatencySample(
                Instant.parse(s.time()),
                s.latencyMs(),
                s.path() == null ? "unknown" : s.path(),
                s.ok() != null ? s.ok() : s.latencyMs() != null));
      } catch (DateTimeParseException e) {
        // one bad sample must not cost the chart
      }
    }
    samples.sort(Comparator.comparing(LatencySample::time));
    return samples;
  }
}
