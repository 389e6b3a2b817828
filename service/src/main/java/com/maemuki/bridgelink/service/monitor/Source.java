package com.maemuki.bridgelink.service.monitor;

import java.time.Duration;

/**
 * Something the monitor reads from the outside world on a cadence: the LocalAPI status, the
 * daemon's service state, the TCP probes, DNS. {@link #collect()} does the I/O and returns an
 * immutable reading; it may throw, and its failure becomes {@code source-unavailable} with the
 * cause. Interval and deadline are asked before every run, so a reloaded config applies at once.
 */
public interface Source {

  /** A stable name ({@code localapi-status}); shown in the snapshot's {@code sources}. */
  String name();

  Duration interval();

  /** How long one run may take before the scheduler gives up waiting for it. */
  Duration deadline();

  Object collect() throws Exception;

  /**
   * The next {@link #collect()} must ask afresh, not answer from a cache: {@code check.now} (a
   * re-check after a user's repair must see the change). Sources without a cache do nothing.
   */
  default void readAfresh() {}
}
