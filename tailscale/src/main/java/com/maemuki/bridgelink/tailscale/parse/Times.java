package com.maemuki.bridgelink.tailscale.parse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Go {@code time.Time} values as tailscale writes them: RFC 3339 with 0–9 fractional digits and
 * {@code Z} or a local offset ({@code +09:00}); netcheck text uses a space instead of {@code T}.
 * Go's zero time ({@code 0001-01-01T00:00:00Z}) means "never" and becomes null.
 */
final class Times {

  private Times() {}

  /** The instant, or null for null, empty, zero or unparseable values. */
  static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty() || v.startsWith("0001-01-01")) {
      return null;
    }
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11);
    }
    int zone = v.indexOf(' ');
    if (zone > 0) {
      v = v.substring(0, zone); // "… +0200 CEST" style suffixes
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
