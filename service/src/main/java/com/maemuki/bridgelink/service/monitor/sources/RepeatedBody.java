package com.maemuki.bridgelink.service.monitor.sources;

import java.util.Set;

/**
 * Remembers the last LocalAPI body a poll parsed and what it parsed to. Polled bodies rarely change
 * between polls: when the new body matches the last one, the last result is returned as is (the
 * same object), which skips the JSON parse and lets the monitor see an unchanged reading and skip
 * re-evaluating every check.
 *
 * <p>"Matches" may ignore some top-level-of-line fields ({@code ignoredKeys}): lines of a
 * tab-indented body (one field per line, as tailscaled writes it) whose first token is one of these
 * keys. For the status these are traffic counters and handshake times that tick with every poll but
 * that no check reads; the returned reading then carries their earlier values. A body in any other
 * layout (compact JSON on one line) is compared whole.
 *
 * <p>Thread-safe; a source never runs twice at once anyway.
 */
final class RepeatedBody<T> {

  /** Parses a body; may throw (then nothing is remembered). */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String body) throws Exception;
  }

  private final Set<String> ignoredKeys;
  private String lastKey;
  private T lastValue;

  /**
   * @param ignoredKeys JSON field names (without quotes) whose lines do not count as a change
   */
  RepeatedBody(Set<String> ignoredKeys) {
    this.ignoredKeys = Set.copyOf(ignoredKeys);
  }

  RepeatedBody() {
    this(Set.of());
  }

  /** The last result when {@code body} matches the last body, else {@code parser}'s result. */
  synchronized T parse(String body, Parser<T> parser) throws Exception {
    String key = ignoredKeys.isEmpty() ? body : significant(body);
    if (lastValue != null && key.equals(lastKey)) {
      return lastValue;
    }
    T value = parser.parse(body);
    lastKey = key;
    lastValue = value;
    return value;
  }

  /** {@code body} without the lines that hold an ignored field. */
  String significant(String body) {
    StringBuilder out = new StringBuilder(body.length());
    int start = 0;
    int length = body.length();
    while (start < length) {
      int end = body.indexOf('\n', start);
      int next = end < 0 ? length : end + 1;
      if (!ignoredLine(body, start, end < 0 ? length : end)) {
        out.append(body, start, next);
      }
      start = next;
    }
    return out.toString();
  }

  /** True for a line {@code <blanks>"Key": value} with an ignored key. */
  private boolean ignoredLine(String body, int start, int end) {
    int i = start;
    while (i < end && (body.charAt(i) == '\t' || body.charAt(i) == ' ')) {
      i++;
    }
    if (i >= end || body.charAt(i) != '"') {
      return false;
    }
    int close = body.indexOf('"', i + 1);
    if (close < 0 || close >= end || close + 1 >= end || body.charAt(close + 1) != ':') {
      return false;
    }
    // A whole field on one line only: a value that opens an object or array spans lines.
    char last = body.charAt(end - 1) == '\r' ? body.charAt(end - 2) : body.charAt(end - 1);
    if (last == '{' || last == '[') {
      return false;
    }
    return ignoredKeys.contains(body.substring(i + 1, close));
  }
}
