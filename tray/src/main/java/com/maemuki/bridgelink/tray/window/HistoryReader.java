package com.maemuki.bridgelink.tray.window;

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
    JsonNode array = result == null ? null : result.path("samples");
    if (array == null || !array.isArray()) {
      return samples;
    }
    for (JsonNode s : array) {
      JsonNode time = s.path("time");
      if (!time.isString()) {
        continue;
      }
      try {
        JsonNode latency = s.path("latencyMs");
        samples.add(
            new LatencySample(
                Instant.parse(time.stringValue()),
                latency.isNumber() ? latency.doubleValue() : null,
                s.path("path").isString() ? s.path("path").stringValue() : "unknown",
                s.path("ok").isBoolean() ? s.path("ok").booleanValue() : latency.isNumber()));
      } catch (DateTimeParseException e) {
        // one bad sample must not cost the chart
      }
    }
    samples.sort(Comparator.comparing(LatencySample::time));
    return samples;
  }
}
