package com.maemuki.bridgelink.service.diag;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes secrets from a configuration before it leaves the machine: the value of every field whose
 * name says it is secret (token, secret, password, auth key, API key, headers, credentials) becomes
 * {@code "<redacted>"}, at any depth. Host names and ports stay: support needs them.
 */
public final class ConfigRedaction {

  public static final String REDACTED = "<redacted>";

  private static final Pattern SECRET =
      Pattern.compile(
          ".*(token|secret|password|passwd|authkey|auth_key|apikey|api_key|credential|headers?|privatekey|private_key).*");

  private ConfigRedaction() {}

  public static boolean isSecretName(String field) {
    return SECRET.matcher(field.toLowerCase(Locale.ROOT).replace("-", "")).matches();
  }

  /** A redacted deep copy. */
  public static JsonNode redact(JsonNode node) {
    JsonNode copy = node.deepCopy();
    walk(copy);
    return copy;
  }

  private static void walk(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (isSecretName(e.getKey()) && !e.getValue().isNull()) {
          object.put(e.getKey(), REDACTED);
        } else {
          walk(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(ConfigRedaction::walk);
    }
  }
}
