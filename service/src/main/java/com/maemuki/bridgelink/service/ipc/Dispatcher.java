package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.message.Request;
import com.maemuki.bridgelink.ipc.message.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The method table: name → required role → handler. Unknown methods, missing roles and handler
 * failures all become error responses; nothing a caller sends escapes as an exception. Audited
 * methods are recorded whether they were allowed or not.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int AUDIT_PARAMS_CHARS = 500;

  /**
   * One entry of the table.
   *
   * @param longRunning runs on the server's long-call workers instead of the caller's session
   *     thread (it may take tens of seconds)
   */
  public record Method(
      String name, Role required, boolean audited, boolean longRunning, MethodHandler handler) {

    /** A quick method, answered on the caller's session thread. */
    public Method(String name, Role required, boolean audited, MethodHandler handler) {
      this(name, required, audited, false, handler);
    }
  }

  private final Map<String, Method> methods = new LinkedHashMap<>();
  private final RepairAudit audit;
  private final Clock clock;

  public Dispatcher(List<Method> table, RepairAudit audit, Clock clock) {
    table.forEach(method -> methods.put(method.name(), method));
    this.audit = audit;
    this.clock = clock;
  }

  public Set<String> methodNames() {
    return methods.keySet();
  }

  /** The role {@code method} needs, or null when there is no such method. */
  public Role requiredRole(String method) {
    Method entry = methods.get(method);
    return entry == null ? null : entry.required();
  }

  /** Whether {@code method} is a long one, to be run off the caller's session thread. */
  public boolean isLongRunning(String method) {
    Method entry = methods.get(method);
    return entry != null && entry.longRunning();
  }

  /**
   * Turns a call away before it runs (e.g. the caller has too many long calls in flight), auditing
   * the attempt like any other when the method is audited.
   */
  public Response refuse(CallContext caller, Request request, IpcError error) {
    Method method = methods.get(request.method());
    if (method != null) {
      audit(caller, request, method, "error: " + error.code());
    }
    return Response.failure(request.id(), error);
  }

  public Response dispatch(CallContext caller, Request request) {
    Method method = methods.get(request.method());
    if (method == null) {
      return Response.failure(
          request.id(),
          new IpcError(IpcError.UNKNOWN_METHOD, "no method '" + clip(request.method(), 60) + "'"));
    }
    if (!Authorizer.permits(caller.roles(), method.required())) {
      audit(caller, request, method, "denied");
      return Response.failure(
          request.id(),
          new IpcError(
              IpcError.FORBIDDEN,
              request.method()
                  + " needs the "
                  + method.required().wireName()
                  + " role (Administrators or the configured operators group)"));
    }
    try {
      Response response =
          Response.success(request.id(), method.handler().handle(caller, request.params()));
      audit(caller, request, method, outcomeOf(response));
      return response;
    } catch (MethodException e) {
      audit(caller, request, method, "error: " + e.code());
      return Response.failure(request.id(), e.toError());
    } catch (RuntimeException e) {
      LOG.error("{} failed for {}", request.method(), caller.peer().describe(), e);
      audit(caller, request, method, "error: internal");
      return Response.failure(
          request.id(), new IpcError(IpcError.INTERNAL, request.method() + " failed; see the log"));
    }
  }

  private static String outcomeOf(Response response) {
    return response.result() != null && response.result().path("ok").asBoolean(true)
        ? "succeeded"
        : "failed";
  }

  private void audit(CallContext caller, Request request, Method method, String outcome) {
    if (!method.audited()) {
      return;
    }
    try {
      audit.record(
          new RepairAudit.Entry(
              clock.instant(),
              caller.peer(),
              method.name(),
              clip(String.valueOf(request.params()), AUDIT_PARAMS_CHARS),
              outcome));
    } catch (RuntimeException e) {
      LOG.error("audit record failed", e);
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
