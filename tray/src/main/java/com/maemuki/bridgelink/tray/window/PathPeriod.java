package com.maemuki.bridgelink.tray.window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of time during which the path to a peer stayed the same.
 *
 * @param start the first sample with this path
 * @param end the next sample with another path (or the last sample)
 * @param path {@code direct | derp | peer-relay | idle | unknown}
 */
public record PathPeriod(Instant start, Instant end, String path) {

  /** Whether traffic went through a relay (DERP or a peer relay) during the period. */
  public boolean relayed() {
    return "derp".equals(path) || "peer-relay".equals(path);
  }

  /** Consecutive samples on the same path, merged; a period runs until the path changes. */
  public static List<PathPeriod> of(List<LatencySample> samples) {
    List<PathPeriod> periods = new ArrayList<>();
    Instant start = null;
    String path = null;
    for (LatencySample sample : samples) {
      if (path != null && !path.equals(sample.path())) {
        periods.add(new PathPeriod(start, sample.time(), path));
        start = null;
      }
      if (start == null) {
        start = sample.time();
        path = sample.path();
      }
    }
    if (start != null) {
      periods.add(new PathPeriod(start, samples.get(samples.size() - 1).time(), path));
    }
    return periods;
  }
}
