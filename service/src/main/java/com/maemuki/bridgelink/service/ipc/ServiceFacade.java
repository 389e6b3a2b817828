package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.nio.file.Path;
import java.util.List;

/**
 * What the IPC methods need from the rest of the service; the monitor implements it. Payloads are
 * the records of {@code ipc.contract}. Implementations must answer quickly (the snapshot is kept
 * ready, {@link #checkNow()} only schedules) except {@link #runRepair}, which may take its
 * adapter's deadline.
 */
public interface ServiceFacade {
  /** The current snapshot ({@code status.get}, and the first event after {@code subscribe}). */
  SnapshotData status();

  /**
   * Schedules an immediate check; the new snapshot follows as an event. Any viewer may call it, so
   * requests arriving while a check is pending or running must coalesce into that one.
   */
  void checkNow();

  /**
   * The repairs the service knows, with where they run; {@code allowed} is left null (the method
   * table decides it per caller).
   */
  List<RepairListEntry> repairs();

  /**
   * Runs a service-side repair for the finding the request names; the caller has been authorized
   * and is named in the repair's audit record.
   *
   * @throws MethodException {@code bad-request} for an unknown id or bad params, {@code
   *     not-available} when the repair cannot run now
   */
  RepairRunResult runRepair(RepairRunParams request, PeerIdentity caller) throws MethodException;

  /** Latency samples of one configured peer over the last {@code minutes}. */
  HistoryResult history(String peer, int minutes) throws MethodException;

  /**
   * Writes a diagnostics bundle under the data directory and says where. Any viewer may call it, so
   * keep only the last few bundles (bounded disk use) and never take a path from the caller.
   */
  Path createDiagnostics() throws MethodException;
}
