package com.maemuki.bridgelink.tailscale.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of one JSON object's fields: a missing field, a {@code null} or a value of the
 * wrong type gives null (or an empty default) instead of an error, since tailscaled's JSON is not a
 * stable interface and old versions differ.
 */
final class JsonFields {

  private final JsonNode node;

  JsonFields(JsonNode node) {
    this.node = node;
  }

  JsonNode node(String name) {
    JsonNode v = node == null ? null : node.get(name);
    return v == null || v.isNull() || v.isMissingNode() ? null : v;
  }

  boolean has(String name) {
    return node(name) != null;
  }

  /** True when the key is in the object, even as {@code null} (Go's nil map or slice). */
  boolean present(String name) {
    return node != null && node.has(name);
  }

  JsonFields object(String name) {
    JsonNode v = node(name);
    return v != null && v.isObject() ? new JsonFields(v) : null;
  }

  /** A string field; numbers and booleans are given as their text. */
  String text(String name) {
    JsonNode v = node(name);
    if (v == null || v.isContainer()) {
      return null;
    }
    return v.asString();
  }

  String textOrEmpty(String name) {
    String t = text(name);
    return t == null ? "" : t;
  }

  /** A boolean (also "true"/"false" strings); null when absent or not a boolean. */
  Boolean bool(String name) {
    JsonNode v = node(name);
    if (v == null) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isString()) {
      String s = v.stringValue().trim().toLowerCase(Locale.ROOT);
      return s.equals("true") ? Boolean.TRUE : s.equals("false") ? Boolean.FALSE : null;
    }
    return null;
  }

  boolean flag(String name) {
    return Boolean.TRUE.equals(bool(name));
  }

  /** An int64 (also from a decimal string; IDs can exceed 2^53, so never via double). */
  Long longValue(String name) {
    JsonNode v = node(name);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return (long) v.asDouble();
    }
    if (v.isString()) {
      try {
        return Long.parseLong(v.stringValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  long longOrZero(String name) {
    Long l = longValue(name);
    return l == null ? 0L : l;
  }

  int intOrZero(String name) {
    Long l = longValue(name);
    return l == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
  }

  Double doubleValue(String name) {
    JsonNode v = node(name);
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isString()) {
      try {
        return Double.parseDouble(v.stringValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  Instant time(String name) {
    return Times.parse(text(name));
  }

  /** A list of strings; a single string becomes a one-element list; null when absent. */
  List<String> strings(String name) {
    JsonNode v = node(name);
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v.values()) {
        if (e != null && !e.isNull() && !e.isContainer()) {
          out.add(e.asString());
        }
      }
    } else if (!v.isContainer()) {
      out.add(v.asString());
    }
    return out;
  }
}
