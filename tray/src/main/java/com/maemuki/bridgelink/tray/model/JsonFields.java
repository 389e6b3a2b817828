package com.maemuki.bridgelink.tray.model;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Lenient field access for service payloads: a missing or mistyped field reads as null (or empty),
 * never as an exception, because a newer or older service must not crash the tray.
 */
final class JsonFields {
  private JsonFields() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  static String text(JsonNode node, String field, String fallback) {
    String value = text(node, field);
    return value == null ? fallback : value;
  }

  static Double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.doubleValue() : null;
  }

  static boolean flag(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() && value.booleanValue();
  }

  static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode array = node.path(field);
    List<JsonNode> out = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode element : array) {
        if (element.isObject()) {
          out.add(element);
        }
      }
    }
    return out;
  }

  static List<String> texts(JsonNode node, String field) {
    JsonNode array = node.path(field);
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode element : array) {
        if (element.isString()) {
          out.add(element.stringValue());
        }
      }
    }
    return out;
  }
}
