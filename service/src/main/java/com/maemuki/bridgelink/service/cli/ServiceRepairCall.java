package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.service.cli.status.StatusEndpoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service repair asked for at a prompt (SSH, Server Core, remote PowerShell): sent to the running
 * service as {@code repair.run}, exactly as the tray's "Fix" sends it. The service sees the caller
 * as the OS identifies the connection, decides whether it is an operator and audits the attempt;
 * nothing is decided or run in this process.
 */
final class ServiceRepairCall {

  /** A repair's own deadline is at most 20 s; the re-check after it at most 15 s. */
  private static final Duration CALL_DEADLINE = Duration.ofSeconds(60);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ServiceRepairCall() {}

  static int run(
      String id,
      Integer port,
      String subject,
      Path ipcSocket,
      boolean json,
      PrintWriter out,
      PrintWriter err) {
    StatusEndpoint endpoint = StatusEndpoint.of(ipcSocket);
    // Exactly what the tray's Fix sends, typed once in the contract: the port goes in the options.
    ObjectNode request =
        ContractJson.write(
            new RepairRunParams(id, null, subject, port == null ? Map.of() : Map.of("port", port)));
    SessionOptions options = SessionOptions.of("bridge-link-repair");
    JsonNode result;
    try (IpcSession session =
        endpoint.open(
            new SessionOptions(
                options.clientName(),
                options.protocol(),
                options.connectTimeout(),
                CALL_DEADLINE))) {
      result = session.call(IpcMethod.REPAIR_RUN.wireName(), request, CALL_DEADLINE);
    } catch (IpcException e) {
      String why =
          e.code() == null
              ? endpoint.problem(e)
              : "forbidden".equals(e.code())
                  ? "the service refused: "
                      + e.getMessage()
                      + " (operators only; the attempt is"
                      + " in the audit log)"
                  : "the service answered " + e.code() + ": " + e.getMessage();
      if (json) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("ok", false);
        o.put("message", why);
        o.put("cleared", false);
        out.println(JSON.writeValueAsString(o));
      } else {
        err.println("bridge-link repair " + id + ": " + why);
      }
      out.flush();
      err.flush();
      return RepairCommand.EXIT_FAILED;
    }
    boolean ok = result.path("ok").asBoolean(false);
    if (json) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", id);
      o.setAll((ObjectNode) result);
      out.println(JSON.writeValueAsString(o));
    } else if (ok) {
      out.println(id + ": " + result.path("message").asString(""));
    } else {
      err.println("bridge-link repair " + id + ": " + result.path("message").asString(""));
    }
    out.flush();
    err.flush();
    return ok ? 0 : RepairCommand.EXIT_FAILED;
  }
}
