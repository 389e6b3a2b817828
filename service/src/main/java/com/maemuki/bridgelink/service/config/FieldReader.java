package com.maemuki.bridgelink.service.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON object and records a {@link ConfigProblem} for each wrong one
 * instead of failing on the first: a person fixing a config sees every mistake at once. A missing
 * field keeps its default; a wrong one keeps it too, but is reported.
 */
final class FieldReader {

  private final List<ConfigProblem> problems;

  FieldReader(List<ConfigProblem> problems) {
    this.problems = problems;
  }

  void problem(String field, String problem) {
    problems.add(new ConfigProblem(field, problem));
  }

  /**
   * Warns about keys of {@code node} not in {@code known}: a typo would otherwise go unnoticed, but
   * a setting from a newer version must not cost the settings this version does know.
   */
  void warnUnknown(JsonNode node, String path, Set<String> known) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        problems.add(
            new ConfigProblem(
                join(path, key),
                "unknown key, ignored (known here: " + String.join(", ", sorted(known)) + ")",
                ConfigProblem.Kind.UNKNOWN_KEY));
      }
    }
  }

  /** The object at {@code key}, or null when absent; reports a non-object. */
  JsonNode object(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problem(join(path, key), "must be an object");
      return null;
    }
    return node;
  }

  boolean bool(JsonNode parent, String path, String key, boolean fallback) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(join(path, key), "must be true or false");
      return fallback;
    }
    return node.booleanValue();
  }

  String string(JsonNode parent, String path, String key, String fallback) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isString()) {
      problem(join(path, key), "must be a string");
      return fallback;
    }
    return node.stringValue();
  }

  int integer(JsonNode parent, String path, String key, int fallback, int min, int max) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
      problem(join(path, key), "must be a whole number from " + min + " to " + max);
      return fallback;
    }
    return node.asInt();
  }

  /** A duration given in (possibly fractional) seconds, e.g. {@code 2} or {@code 0.25}. */
  Duration seconds(
      JsonNode parent, String path, String key, Duration fallback, double min, double max) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
      problem(
          join(path, key), "must be a number of seconds from " + trim(min) + " to " + trim(max));
      return fallback;
    }
    return Duration.ofNanos(Math.round(node.asDouble() * 1e9));
  }

  /** A list of TCP ports (1-65535), without duplicates. */
  List<Integer> ports(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    List<Integer> ports = new ArrayList<>();
    if (node == null || node.isNull()) {
      return ports;
    }
    String field = join(path, key);
    if (!node.isArray()) {
      problem(field, "must be a list of port numbers, e.g. [3389]");
      return ports;
    }
    if (node.size() > ConfigLimits.MAX_PORTS) {
      problem(field, "at most " + ConfigLimits.MAX_PORTS + " ports");
      return ports;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isIntegralNumber() || item.asLong() < 1 || item.asLong() > 65535) {
        problem(field + "[" + i + "]", "must be a port number from 1 to 65535");
      } else if (ports.contains(item.asInt())) {
        problem(field + "[" + i + "]", "port " + item.asInt() + " is listed twice");
      } else {
        ports.add(item.asInt());
      }
    }
    return ports;
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static List<String> sorted(Collection<String> values) {
    List<String> list = new ArrayList<>(values);
    list.sort(null);
    return list;
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
