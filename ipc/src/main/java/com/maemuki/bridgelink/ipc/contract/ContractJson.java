package com.maemuki.bridgelink.ipc.contract;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapping of the contract's records. Reading is lenient the way a protocol between two
 * versions must be: unknown fields are ignored (a newer peer may add some), a missing field or one
 * of the wrong shape reads as null, and list elements that are not what the list holds are left
 * out. A payload that is not a JSON object at all is an {@link IllegalArgumentException}.
 */
public final class ContractJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // The wire order is the records' component order: readable dumps and stable docs.
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .addHandler(new LenientFields())
          .build();

  private ContractJson() {}

  /** A record (or any contract value) as a JSON object for a frame. */
  public static ObjectNode write(Record value) {
    JsonNode node = MAPPER.valueToTree(value);
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not an object");
    }
    return object;
  }

  /**
   * Reads {@code node} as a {@code type}; a JSON null or absent node reads as an empty object (all
   * fields null), as the protocol allows for {@code params}.
   *
   * @throws IllegalArgumentException when the node is not an object or a field has the wrong shape
   */
  public static <T extends Record> T read(JsonNode node, Class<T> type) {
    JsonNode source = node == null || node.isNull() || node.isMissingNode() ? empty() : node;
    if (!source.isObject()) {
      throw new IllegalArgumentException(type.getSimpleName() + " must be a JSON object");
    }
    try {
      return MAPPER.treeToValue(source, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " malformed: " + e.getOriginalMessage(), e);
    }
  }

  /** Pretty-printed text, for files and {@code --json} output. */
  public static String pretty(Record value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(write(value));
  }

  /** An empty object of this mapping (for calls without params). */
  public static ObjectNode empty() {
    return MAPPER.createObjectNode();
  }
}
