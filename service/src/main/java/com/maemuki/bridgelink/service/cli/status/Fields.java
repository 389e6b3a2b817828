package com.maemuki.bridgelink.service.cli.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of payload fields: a missing field, a JSON null or a value of an unexpected type
 * all read as "unknown" (null), so a snapshot from an older or newer service still renders.
 */
final class Fields {
  private Fields() {}

  /** The field as text (strings as they are, numbers and booleans spelled out); null if absent. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isString()) {
      String s = value.stringValue();
      return s.isBlank() ? null : s;
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.toString();
    }
    return null;
  }

  /** The field as a boolean when it is one; null otherwise. */
  static Boolean bool(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? value.booleanValue() : null;
  }

  /** The field as a number when it is one; null otherwise. */
  static Double number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isNumber() ? value.doubleValue() : null;
  }

  /** The field when it is an object; null otherwise. */
  static JsonNode objectOrNull(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isObject() ? value : null;
  }

  /** The elements of an array field that are objects; empty when absent or not an array. */
  static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      for (JsonNode element : value.values()) {
        if (element.isObject()) {
          out.add(element);
        }
      }
    }
    return out;
  }

  /** The string elements of an array field; empty when absent or not an array. */
  static List<String> strings(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      for (JsonNode element : value.values()) {
        if (element.isString() && !element.stringValue().isBlank()) {
          out.add(element.stringValue());
        }
      }
    }
    return out;
  }

  /** Milliseconds with one decimal ({@code 12.5 ms}); "-" when unknown. */
  static String millis(Double ms) {
    return ms == null || ms.isNaN() || ms < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
