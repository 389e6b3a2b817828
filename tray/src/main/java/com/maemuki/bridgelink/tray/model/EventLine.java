package com.maemuki.bridgelink.tray.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One recent event for the status window: a finding raised, changed or cleared, a repair and its
 * result.
 */
public record EventLine(Instant time, String text) {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** "19:45:12 Raised: …", in this zone (the machine's, for people). */
  public String format(ZoneId zone) {
    return CLOCK.format(time.atZone(zone)) + "  " + text;
  }
}
