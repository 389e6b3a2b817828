package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link ServiceFacade} whose repairs are the real ones: {@link IpcRepairs} over a real {@code
 * RepairRegistry} (deadline, one run per repair, audit file, event log). Status, history and
 * diagnostics come from an {@link InMemoryServiceFacade}.
 */
final class RegistryFacade implements ServiceFacade {
  private final InMemoryServiceFacade data = new InMemoryServiceFacade();
  private final IpcRepairs repairs;

  RegistryFacade(IpcRepairs repairs) {
    this.repairs = repairs;
  }

  @Override
  public JsonNode status() {
    return data.status();
  }

  @Override
  public void checkNow() {
    data.checkNow();
  }

  @Override
  public List<RepairEntry> repairs() {
    return repairs.entries();
  }

  @Override
  public RepairOutcome runRepair(String id, ObjectNode params) {
    return repairs.run(id, params);
  }

  @Override
  public RepairOutcome runRepair(String id, ObjectNode params, PeerIdentity caller) {
    return repairs.run(id, params, caller.describe());
  }

  @Override
  public JsonNode history(String peer, int minutes) throws MethodException {
    return data.history(peer, minutes);
  }

  @Override
  public Path createDiagnostics() {
    return data.createDiagnostics();
  }
}
