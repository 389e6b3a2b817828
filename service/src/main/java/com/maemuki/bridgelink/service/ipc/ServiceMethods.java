package com.maemuki.bridgelink.service.ipc;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The product's method table (DESIGN.md § IPC, docs/ipc-contract.md) over a {@link ServiceFacade}.
 * Parameters are validated here, before the facade sees them.
 */
public final class ServiceMethods {
  private static final Pattern REPAIR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final int MAX_PEER_CHARS = 253;
  private static final int MAX_HISTORY_MINUTES = 24 * 60;

  private final ServiceFacade facade;
  private final EventHub hub;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  private ServiceMethods(ServiceFacade facade, EventHub hub) {
    this.facade = facade;
    this.hub = hub;
  }

  /** The dispatcher serving every product method. */
  public static Dispatcher dispatcher(
      ServiceFacade facade, EventHub hub, RepairAudit audit, Clock clock) {
    ServiceMethods methods = new ServiceMethods(facade, hub);
    return new Dispatcher(
        List.of(
            new Dispatcher.Method("status.get", Role.VIEWER, false, (c, p) -> facade.status()),
            new Dispatcher.Method("subscribe", Role.VIEWER, false, methods::subscribe),
            new Dispatcher.Method("check.now", Role.VIEWER, false, methods::checkNow),
            new Dispatcher.Method("repair.list", Role.VIEWER, false, methods::repairList),
            new Dispatcher.Method("repair.run", Role.OPERATOR, true, true, methods::repairRun),
            new Dispatcher.Method("history.get", Role.VIEWER, false, methods::history),
            new Dispatcher.Method("diag.create", Role.VIEWER, false, true, methods::diagnostics)),
        audit,
        clock);
  }

  /**
   * Registers the caller before answering, so that every event published after the answer reaches
   * it; the first event queued is the current snapshot (it may arrive before the answer).
   */
  private JsonNode subscribe(CallContext caller, ObjectNode params) {
    hub.subscribe(caller.subscriber(), facade::status);
    return nodes.objectNode().put("subscribed", true);
  }

  private JsonNode checkNow(CallContext caller, ObjectNode params) {
    facade.checkNow();
    return nodes.objectNode().put("started", true);
  }

  private JsonNode repairList(CallContext caller, ObjectNode params) {
    boolean operator = caller.roles().contains(Role.OPERATOR);
    ObjectNode result = nodes.objectNode();
    ArrayNode repairs = result.putArray("repairs");
    for (RepairEntry entry : facade.repairs()) {
      ObjectNode item = repairs.addObject();
      item.put("id", entry.id());
      item.put("title", entry.title());
      item.put("runsIn", entry.runsIn());
      item.put("allowed", !entry.runsInService() || operator);
      item.put("findingKey", entry.findingKey());
    }
    return result;
  }

  private JsonNode repairRun(CallContext caller, ObjectNode params) throws MethodException {
    String id = params.path("id").asString("");
    if (!REPAIR_ID.matcher(id).matches()) {
      throw MethodException.badRequest("repair.run needs an 'id' like 'open-inbound-port'");
    }
    JsonNode repairParams = params.get("params");
    if (repairParams != null && !repairParams.isNull() && !repairParams.isObject()) {
      throw MethodException.badRequest("repair.run 'params' must be an object");
    }
    RepairEntry entry =
        facade.repairs().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> MethodException.badRequest("no repair '" + id + "'"));
    if (!entry.runsInService()) {
      throw MethodException.badRequest(
          "repair '" + id + "' runs in the tray as the signed-in user, not in the service");
    }
    hub.publish("repair", repairEvent(id, "started", "", false));
    RepairOutcome outcome =
        facade.runRepair(
            id, repairParams instanceof ObjectNode o ? o : nodes.objectNode(), caller.peer());
    hub.publish(
        "repair",
        repairEvent(
            id, outcome.ok() ? "succeeded" : "failed", outcome.message(), outcome.cleared()));
    return nodes
        .objectNode()
        .put("ok", outcome.ok())
        .put("message", outcome.message())
        .put("cleared", outcome.cleared());
  }

  private ObjectNode repairEvent(String id, String status, String message, boolean cleared) {
    return nodes
        .objectNode()
        .put("repair", id)
        .put("status", status)
        .put("message", message)
        .put("cleared", cleared);
  }

  private JsonNode history(CallContext caller, ObjectNode params) throws MethodException {
    String peer = params.path("peer").asString("");
    if (peer.isBlank() || peer.length() > MAX_PEER_CHARS) {
      throw MethodException.badRequest("history.get needs a 'peer' (a configured peer name)");
    }
    JsonNode minutesNode = params.get("minutes");
    int minutes = 60;
    if (minutesNode != null && !minutesNode.isNull()) {
      if (!minutesNode.isIntegralNumber()
          || minutesNode.asLong() < 1
          || minutesNode.asLong() > MAX_HISTORY_MINUTES) {
        throw MethodException.badRequest(
            "history.get 'minutes' must be an integer in 1.." + MAX_HISTORY_MINUTES);
      }
      minutes = minutesNode.asInt();
    }
    return facade.history(peer, minutes);
  }

  private JsonNode diagnostics(CallContext caller, ObjectNode params) throws MethodException {
    return nodes.objectNode().put("path", facade.createDiagnostics().toAbsolutePath().toString());
  }
}
