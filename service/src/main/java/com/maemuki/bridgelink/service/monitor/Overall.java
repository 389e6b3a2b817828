package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Severity;
import java.util.Collection;
import java.util.Locale;

/** The link in one word: down when any finding is critical, degraded when any is a warning. */
public enum Overall {
  OK,
  DEGRADED,
  DOWN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Overall of(Collection<ActiveFinding> findings) {
    Overall overall = OK;
    for (ActiveFinding f : findings) {
      if (f.finding().severity() == Severity.CRITICAL) {
        return DOWN;
      }
      if (f.finding().severity() == Severity.WARNING) {
        overall = DEGRADED;
      }
    }
    return overall;
  }
}
