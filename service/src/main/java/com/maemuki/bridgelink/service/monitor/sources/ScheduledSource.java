package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.monitor.Source;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The part every source shares: its stable name and its cadence, asked before every run so a
 * reloaded configuration applies at once. A source adds its deadline and its reading.
 */
abstract class ScheduledSource implements Source {

  private final String name;
  private final Supplier<Duration> interval;

  ScheduledSource(String name, Supplier<Duration> interval) {
    this.name = Objects.requireNonNull(name, "name");
    this.interval = Objects.requireNonNull(interval, "interval");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Duration interval() {
    return interval.get();
  }
}
