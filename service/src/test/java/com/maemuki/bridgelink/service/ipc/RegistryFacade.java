package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link ServiceFacade} whose repairs are the real ones: {@link IpcRepairs} over a real {@code
 * RepairRegistry} (deadline, one run per repair, audit file, event log). Status, history and
 * diagnostics come from an {@link InMemoryServiceFacade}.
 */
final class RegistryFacade implements ServiceFacade {
  private final InMemoryServiceFacade data = new InMemoryServiceFacade();
  private final IpcRepairs repairs;
  private final Supplier<SnapshotData> status;

  RegistryFacade(IpcRepairs repairs) {
    this(repairs, null);
  }

  /** With the snapshot {@code status} gives, or the in-memory one when null. */
  RegistryFacade(IpcRepairs repairs, Supplier<SnapshotData> status) {
    this.repairs = repairs;
    this.status = status == null ? data::status : status;
  }

  @Override
  public SnapshotData status() {
    return status.get();
  }

  @Override
  public void checkNow() {
    data.checkNow();
  }

  @Override
  public List<RepairListEntry> repairs() {
    return repairs.entries();
  }

  @Override
  public RepairRunResult runRepair(RepairRunParams request, PeerIdentity caller) {
    return repairs.run(request, caller.describe());
  }

  @Override
  public HistoryResult history(String peer, int minutes) throws MethodException {
    return data.history(peer, minutes);
  }

  @Override
  public Path createDiagnostics() {
    return data.createDiagnostics();
  }
}
