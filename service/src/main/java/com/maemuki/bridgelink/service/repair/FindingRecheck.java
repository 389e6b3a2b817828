package com.maemuki.bridgelink.service.repair;

/**
 * Re-runs the sources and checks behind a finding right now (the monitor implements it), so a
 * repair's result says whether the problem it targeted is gone.
 */
@FunctionalInterface
public interface FindingRecheck {

  /** Whether {@code findingKey} is gone after a fresh check (bounded: never blocks for long). */
  Verification verify(String findingKey);

  /** For callers without a monitor: nothing can be verified. */
  FindingRecheck NONE = key -> Verification.UNVERIFIED;
}
