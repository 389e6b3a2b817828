package com.maemuki.bridgelink.ipc.message;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps messages to and from JSON objects. Unknown fields are ignored on reading (a newer peer may
 * add some); missing or mistyped required fields are a {@link ProtocolViolation}.
 */
public final class MessageMapper {
  private final JsonNodeFactory nodes;

  public MessageMapper(JsonMapper mapper) {
    this.nodes = mapper.getNodeFactory();
  }

  /** An empty object from this mapper's factory (for params and results). */
  public ObjectNode object() {
    return nodes.objectNode();
  }

  /** Reads a message from a framed object (whose {@code type} the codec has checked). */
  public Message read(ObjectNode json) throws ProtocolViolation {
    String type = json.path("type").asString("");
    switch (type) {
      case Hello.TYPE:
        return new Hello(requiredInt(json, "protocol"), optionalString(json, "client"));
      case Welcome.TYPE:
        return new Welcome(
            requiredInt(json, "protocol"), optionalString(json, "service"), roles(json));
      case Request.TYPE:
        return new Request(
            requiredLong(json, "id"), requiredString(json, "method"), params(json.get("params")));
      case Response.TYPE:
        return readResponse(json);
      case Event.TYPE:
        return new Event(requiredString(json, "event"), json.get("data"));
      case ErrorMessage.TYPE:
        return new ErrorMessage(error(json.get("error")));
      default:
        throw new ProtocolViolation("unknown message type '" + clip(type) + "'");
    }
  }

  /** Writes a message as a JSON object ready for the codec. */
  public ObjectNode write(Message message) {
    ObjectNode json = nodes.objectNode();
    json.put("type", message.type());
    if (message instanceof Hello hello) {
      json.put("protocol", hello.protocol());
      json.put("client", hello.client());
    } else if (message instanceof Welcome welcome) {
      json.put("protocol", welcome.protocol());
      json.put("service", welcome.service());
      ArrayNode roles = json.putArray("roles");
      welcome.roles().forEach(roles::add);
    } else if (message instanceof Request request) {
      json.put("id", request.id());
      json.put("method", request.method());
      json.set("params", request.params() == null ? nodes.objectNode() : request.params());
    } else if (message instanceof Response response) {
      json.put("id", response.id());
      if (response.isError()) {
        json.set("error", errorNode(response.error()));
      } else {
        json.set("result", response.result() == null ? nodes.nullNode() : response.result());
      }
    } else if (message instanceof Event event) {
      json.put("event", event.event());
      json.set("data", event.data() == null ? nodes.nullNode() : event.data());
    } else if (message instanceof ErrorMessage error) {
      json.set("error", errorNode(error.error()));
    }
    return json;
  }

  private Response readResponse(ObjectNode json) throws ProtocolViolation {
    long id = requiredLong(json, "id");
    JsonNode error = json.get("error");
    if (error != null && !error.isNull()) {
      return Response.failure(id, error(error));
    }
    return Response.success(id, json.get("result"));
  }

  private ObjectNode errorNode(IpcError error) {
    ObjectNode node = nodes.objectNode();
    node.put("code", error.code());
    node.put("message", error.message());
    return node;
  }

  private static IpcError error(JsonNode node) throws ProtocolViolation {
    if (node == null || !node.isObject()) {
      throw new ProtocolViolation("error must be an object");
    }
    return new IpcError(node.path("code").asString(null), node.path("message").asString(null));
  }

  private ObjectNode params(JsonNode node) throws ProtocolViolation {
    if (node == null || node.isNull()) {
      return nodes.objectNode();
    }
    if (!node.isObject()) {
      throw new ProtocolViolation("params must be an object");
    }
    return (ObjectNode) node;
  }

  private static List<String> roles(ObjectNode json) {
    List<String> roles = new ArrayList<>();
    JsonNode node = json.get("roles");
    if (node != null && node.isArray()) {
      node.forEach(role -> roles.add(role.asString("")));
    }
    return roles;
  }

  private static int requiredInt(ObjectNode json, String field) throws ProtocolViolation {
    JsonNode node = json.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new ProtocolViolation("'" + field + "' must be an integer");
    }
    return node.intValue();
  }

  private static long requiredLong(ObjectNode json, String field) throws ProtocolViolation {
    JsonNode node = json.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new ProtocolViolation("'" + field + "' must be an integer");
    }
    return node.longValue();
  }

  private static String requiredString(ObjectNode json, String field) throws ProtocolViolation {
    JsonNode node = json.get(field);
    if (node == null || !node.isString() || node.stringValue().isEmpty()) {
      throw new ProtocolViolation("'" + field + "' must be a non-empty string");
    }
    return node.stringValue();
  }

  private static String optionalString(ObjectNode json, String field) {
    JsonNode node = json.get(field);
    return node != null && node.isString() ? node.stringValue() : "";
  }

  /** Keeps hostile input out of logs and error messages at a readable length. */
  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
