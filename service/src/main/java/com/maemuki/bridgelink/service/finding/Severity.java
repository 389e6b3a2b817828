package com.maemuki.bridgelink.service.finding;

import java.util.Locale;

/** How bad a finding is; ordered from harmless to link-breaking. */
public enum Severity {
  OK,
  INFO,
  WARNING,
  CRITICAL;

  /** The lower-case name used in JSON, metrics and the console ({@code "warning"}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is at least as bad as {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
