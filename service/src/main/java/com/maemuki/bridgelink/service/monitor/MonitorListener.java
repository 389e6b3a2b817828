package com.maemuki.bridgelink.service.monitor;

import java.time.Duration;

/**
 * Hears what the monitor does. Called on the monitor's evaluation thread: implementations return
 * quickly and hand slow work (network writes to IPC clients) to their own queues.
 */
public interface MonitorListener {

  /** A snapshot whose state differs from the previous one. */
  default void onSnapshot(Snapshot snapshot) {}

  default void onTransition(Transition transition) {}

  /** Every source run, for metrics ({@code failure} null when it went well). */
  default void onSourceRun(String source, Duration took, String failure) {}

  /** An evaluation finished (checks, damping and snapshot), for the cycle-duration metric. */
  default void onEvaluation(Duration took) {}
}
