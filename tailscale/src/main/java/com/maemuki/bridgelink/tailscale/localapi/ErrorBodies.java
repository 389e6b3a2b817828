package com.maemuki.bridgelink.tailscale.localapi;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error text of a non-2xx LocalAPI body, taken the way tailscale's Go client does: the {@code
 * error} field of a JSON object (matched case-insensitively, so prefs PATCH's {@code Error} too),
 * otherwise the body text trimmed.
 */
final class ErrorBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_MESSAGE = 2000;

  private ErrorBodies() {}

  static String messageOf(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{")) {
      try {
        JsonNode node = JSON.readTree(text);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (field.getKey().equalsIgnoreCase("error")
              && field.getValue().isString()
              && !field.getValue().asString().isEmpty()) {
            return limit(field.getValue().asString());
          }
        }
      } catch (JacksonException notJson) {
        // Falls through to the plain text, as the Go client does.
      }
    }
    return limit(text);
  }

  private static String limit(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
