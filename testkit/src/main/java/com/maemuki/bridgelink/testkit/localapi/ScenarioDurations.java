package com.maemuki.bridgelink.testkit.localapi;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as scenario files write them: {@code 500ms}, {@code 10s}, {@code 2m}, {@code -1d}. */
final class ScenarioDurations {

  private static final Pattern FORMAT = Pattern.compile("(-)?(\\d+)(ms|s|m|h|d)");

  private ScenarioDurations() {}

  static Duration parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "' (write e.g. 500ms, 10s, 2m, 3h, 30d, -1d)");
    }
    long amount = Long.parseLong(m.group(2));
    Duration d =
        switch (m.group(3)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    return m.group(1) != null ? d.negated() : d;
  }
}
