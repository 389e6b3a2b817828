package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the IPC methods need from the rest of the service; the monitor implements it. Payload shapes
 * are those of docs/ipc-contract.md. Implementations must answer quickly (the snapshot is kept
 * ready, {@link #checkNow()} only schedules) except {@link #runRepair}, which may take its
 * adapter's deadline.
 */
public interface ServiceFacade {
  /** The current snapshot ({@code status.get}, and the first event after {@code subscribe}). */
  JsonNode status();

  /**
   * Schedules an immediate check; the new snapshot follows as an event. Any viewer may call it, so
   * requests arriving while a check is pending or running must coalesce into that one.
   */
  void checkNow();

  /** The repairs the service knows, with where they run. */
  List<RepairEntry> repairs();

  /**
   * Runs a service-side repair; the caller has been authorized and will be audited.
   *
   * @throws MethodException {@code bad-request} for an unknown id or bad params, {@code
   *     not-available} when the repair cannot run now
   */
  RepairOutcome runRepair(String id, ObjectNode params) throws MethodException;

  /**
   * {@link #runRepair(String, ObjectNode)} for a known caller, so that the repair's own audit
   * record names who asked. The default ignores the caller.
   */
  default RepairOutcome runRepair(String id, ObjectNode params, PeerIdentity caller)
      throws MethodException {
    return runRepair(id, params);
  }

  /** Latency samples of one configured peer over the last {@code minutes}. */
  JsonNode history(String peer, int minutes) throws MethodException;

  /**
   * Writes a diagnostics bundle under the data directory and says where. Any viewer may call it, so
   * keep only the last few bundles (bounded disk use) and never take a path from the caller.
   */
  Path createDiagnostics() throws MethodException;
}
