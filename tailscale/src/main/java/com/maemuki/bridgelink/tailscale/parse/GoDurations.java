package com.maemuki.bridgelink.tailscale.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Go {@code time.Duration} strings ({@code 12ms}, {@code 1.023s}, {@code 1m2.5s}, {@code
 * 850µs}).
 */
final class GoDurations {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|μs|ms|s|m|h)");
  private static final Pattern WHOLE =
      Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|μs|ms|s|m|h))+");

  private GoDurations() {}

  /** The duration in milliseconds, or null when {@code text} is not a Go duration. */
  static Double toMillis(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (!WHOLE.matcher(t).matches()) {
      return null;
    }
    double ms = 0;
    Matcher m = PART.matcher(t);
    while (m.find()) {
      // scale by exponent, not by multiplying, so "1.023s" is exactly 1023.0 ms
      String v = m.group(1);
      switch (m.group(2)) {
        case "ns":
          ms += Double.parseDouble(v + "e-6");
          break;
        case "us":
        case "µs":
        case "μs":
          ms += Double.parseDouble(v + "e-3");
          break;
        case "ms":
          ms += Double.parseDouble(v);
          break;
        case "s":
          ms += Double.parseDouble(v + "e3");
          break;
        case "m":
          ms += Double.parseDouble(v + "e3") * 60;
          break;
        default:
          ms += Double.parseDouble(v + "e3") * 3600;
      }
    }
    return ms;
  }
}
