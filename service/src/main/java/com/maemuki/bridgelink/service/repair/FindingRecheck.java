package com.maemuki.bridgelink.service.repair;

/**
 * Re-runs the source and check behind a finding right now (the monitor implements it), so a
 * repair's result says whether its finding cleared.
 */
@FunctionalInterface
public interface FindingRecheck {

  /** True when {@code findingKey} is still raised after a fresh check. */
  boolean stillPresent(String findingKey);

  /** For callers without a monitor: nothing is known to be present. */
  FindingRecheck NONE = key -> true;
}
