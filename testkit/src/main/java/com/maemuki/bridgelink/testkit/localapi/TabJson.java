package com.maemuki.bridgelink.testkit.localapi;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON written the way tailscaled's Go encoder writes it: LocalAPI documents indented with one TAB
 * per level, {@code "key": value}, empty containers as {@code []}/{@code {}}, and a final newline;
 * IPN bus lines compact.
 */
final class TabJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectWriter TABBED =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("\t", "\n"))
                  .withArrayIndenter(new DefaultIndenter("\t", "\n")));

  private TabJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Tab-indented, newline-terminated, as {@code json.NewEncoder(w).SetIndent("", "\t")}. */
  static String tabbed(JsonNode node) {
    return TABBED.writeValueAsString(node) + "\n";
  }

  /** One compact line without the newline. */
  static String compact(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
