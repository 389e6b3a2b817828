package com.maemuki.bridgelink.service.cli.status;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Text helpers for the contract's records: a blank string reads as unknown (null) like a missing
 * one, so a snapshot from an older or newer service renders the same way.
 */
final class Fields {
  private Fields() {}

  /** The text, or null when it is absent or blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The non-blank strings of a list. */
  static List<String> strings(List<String> values) {
    return values.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
  }

  /** Milliseconds with one decimal ({@code 12.5 ms}); "-" when unknown. */
  static String millis(Double ms) {
    return ms == null || ms.isNaN() || ms < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
