package com.maemuki.bridgelink.service.monitor;

import java.time.Instant;
import java.util.Locale;

/** A finding raised, cleared, or changed (its severity moved) after flap damping. */
public record Transition(Kind kind, ActiveFinding finding, Instant time) {

  /** What happened. */
  public enum Kind {
    RAISED,
    CLEARED,
    CHANGED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
