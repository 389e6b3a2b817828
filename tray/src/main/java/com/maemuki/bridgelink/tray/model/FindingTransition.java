package com.maemuki.bridgelink.tray.model;

/**
 * A finding raised, cleared or changed, as the service decided it after its flap damping (the
 * contract's {@code transition} event).
 *
 * @param finding the finding as it is now (as it was, when cleared)
 */
public record FindingTransition(Kind kind, FindingStatus finding) {

  /** What happened to the finding. */
  public enum Kind {
    RAISED,
    CLEARED,
    /** Its severity moved, up or down. */
    CHANGED
  }
}
