package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.contract.CheckNowResult;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.DiagResult;
import com.maemuki.bridgelink.ipc.contract.HistoryParams;
import com.maemuki.bridgelink.ipc.contract.IpcEvent;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairEventData;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairListResult;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SubscribeResult;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The product's method table (docs/ipc-contract.md) over a {@link ServiceFacade}: each method's
 * params and result are the records {@link IpcMethod} names. Parameters are validated here, before
 * the facade sees them.
 */
public final class ServiceMethods {
  private static final Pattern REPAIR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final int MAX_PEER_CHARS = 253;
  private static final int MAX_KEY_CHARS = 300;
  private static final int MAX_HISTORY_MINUTES = 24 * 60;

  private final ServiceFacade facade;
  private final EventHub hub;

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
            method(IpcMethod.STATUS_GET, Role.VIEWER, false, (c, p) -> write(facade.status())),
            method(IpcMethod.SUBSCRIBE, Role.VIEWER, false, methods::subscribe),
            method(IpcMethod.CHECK_NOW, Role.VIEWER, false, methods::checkNow),
            method(IpcMethod.REPAIR_LIST, Role.VIEWER, false, methods::repairList),
            method(IpcMethod.REPAIR_RUN, Role.OPERATOR, true, methods::repairRun),
            method(IpcMethod.HISTORY_GET, Role.VIEWER, false, methods::history),
            method(IpcMethod.DIAG_CREATE, Role.VIEWER, false, methods::diagnostics)),
        audit,
        clock);
  }

  private static Dispatcher.Method method(
      IpcMethod method, Role required, boolean audited, MethodHandler handler) {
    return new Dispatcher.Method(
        method.wireName(), required, audited, method.isLongCall(), handler);
  }

  private static JsonNode write(Record result) {
    return ContractJson.write(result);
  }

  private static <T extends Record> T read(ObjectNode params, IpcMethod method, Class<T> type)
      throws MethodException {
    try {
      return ContractJson.read(params, type);
    } catch (IllegalArgumentException e) {
      throw MethodException.badRequest(method.wireName() + " params: " + e.getMessage());
    }
  }

  /**
   * Registers the caller before answering, so that every event published after the answer reaches
   * it; the first event queued is the current snapshot (it may arrive before the answer).
   */
  private JsonNode subscribe(CallContext caller, ObjectNode params) {
    hub.subscribe(caller.subscriber(), () -> write(facade.status()));
    return write(new SubscribeResult(true));
  }

  private JsonNode checkNow(CallContext caller, ObjectNode params) {
    facade.checkNow();
    return write(new CheckNowResult(true));
  }

  private JsonNode repairList(CallContext caller, ObjectNode params) {
    boolean operator = caller.roles().contains(Role.OPERATOR);
    List<RepairListEntry> entries =
        facade.repairs().stream()
            .map(
                e ->
                    new RepairListEntry(
                        e.id(),
                        e.title(),
                        e.runsIn(),
                        !RepairListEntry.SERVICE.equals(e.runsIn()) || operator,
                        e.findingKey()))
            .toList();
    return write(new RepairListResult(entries));
  }

  private JsonNode repairRun(CallContext caller, ObjectNode params) throws MethodException {
    RepairRunParams request = read(params, IpcMethod.REPAIR_RUN, RepairRunParams.class);
    String id = request.id() == null ? "" : request.id();
    if (!REPAIR_ID.matcher(id).matches()) {
      throw MethodException.badRequest("repair.run needs an 'id' like 'open-inbound-port'");
    }
    if (tooLong(request.findingKey()) || tooLong(request.subject())) {
      throw MethodException.badRequest("repair.run 'findingKey' or 'subject' is too long");
    }
    RepairListEntry entry =
        facade.repairs().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> MethodException.badRequest("no repair '" + id + "'"));
    if (!RepairListEntry.SERVICE.equals(entry.runsIn())) {
      throw MethodException.badRequest(
          "repair '" + id + "' runs in the tray as the signed-in user, not in the service");
    }
    hub.publish(IpcEvent.REPAIR, new RepairEventData(id, RepairEventData.STARTED, "", false));
    RepairRunResult outcome = facade.runRepair(request, caller.peer());
    hub.publish(
        IpcEvent.REPAIR,
        new RepairEventData(
            id,
            outcome.succeeded() ? RepairEventData.SUCCEEDED : RepairEventData.FAILED,
            outcome.message(),
            outcome.cleared()));
    return write(outcome);
  }

  private static boolean tooLong(String value) {
    return value != null && value.length() > MAX_KEY_CHARS;
  }

  private JsonNode history(CallContext caller, ObjectNode params) throws MethodException {
    JsonNode minutesNode = params.get("minutes");
    if (minutesNode != null && !minutesNode.isNull() && !minutesNode.isIntegralNumber()) {
      // checked before binding: the mapping would coerce "5" or 5.5 to a number
      throw MethodException.badRequest(
          "history.get 'minutes' must be an integer in 1.." + MAX_HISTORY_MINUTES);
    }
    HistoryParams request = read(params, IpcMethod.HISTORY_GET, HistoryParams.class);
    String peer = request.peer() == null ? "" : request.peer();
    if (peer.isBlank() || peer.length() > MAX_PEER_CHARS) {
      throw MethodException.badRequest("history.get needs a 'peer' (a configured peer name)");
    }
    int minutes = 60;
    if (request.minutes() != null) {
      if (request.minutes() < 1 || request.minutes() > MAX_HISTORY_MINUTES) {
        throw MethodException.badRequest(
            "history.get 'minutes' must be an integer in 1.." + MAX_HISTORY_MINUTES);
      }
      minutes = request.minutes();
    }
    return write(facade.history(peer, minutes));
  }

  private JsonNode diagnostics(CallContext caller, ObjectNode params) throws MethodException {
    return write(new DiagResult(facade.createDiagnostics().toAbsolutePath().toString()));
  }
}
