package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;
import java.util.Map;

/**
 * The latest state of every source at one moment, handed to the evaluator. A source keeps its last
 * good reading when a run fails, so findings that depend on it hold still (not clear) until it
 * recovers; the failure itself is in {@link Entry#error()}.
 */
public record SourceReadings(Map<String, Entry> entries) {

  /**
   * @param reading the last good reading, or null when none yet
   * @param readingTime when it was taken
   * @param lastRun when the source last finished (well or not)
   * @param error why the last run failed, or null when it succeeded
   * @param failure the last run's exception (its type tells checks what kind of trouble), or null
   * @param runs how many runs have finished: the "generation" flap damping counts
   */
  public record Entry(
      Object reading,
      Instant readingTime,
      Instant lastRun,
      String error,
      Throwable failure,
      long runs) {}

  public SourceReadings {
    entries = Map.copyOf(entries);
  }

  public Entry entry(String source) {
    return entries.get(source);
  }

  /** The last good reading of {@code source} if it is a {@code type}, else null. */
  public <T> T reading(String source, Class<T> type) {
    Entry e = entries.get(source);
    return e != null && type.isInstance(e.reading()) ? type.cast(e.reading()) : null;
  }

  /** The error of {@code source}'s last run, or null. */
  public String error(String source) {
    Entry e = entries.get(source);
    return e == null ? null : e.error();
  }

  /** The exception of {@code source}'s last run, or null when it went well. */
  public Throwable failure(String source) {
    Entry e = entries.get(source);
    return e == null ? null : e.failure();
  }

  public long runs(String source) {
    Entry e = entries.get(source);
    return e == null ? 0 : e.runs();
  }
}
