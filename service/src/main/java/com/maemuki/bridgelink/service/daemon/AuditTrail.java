package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.service.ipc.RepairAudit;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.service.repair.AuditRecord;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one audit path for {@code repair.run}: every attempt becomes exactly one line of {@code
 * audit.jsonl}. Attempts that reached the repair registry (the answer is {@code succeeded} or
 * {@code failed}) were written there, with the caller, result and re-check; this writes the
 * attempts the ipc server turned away before that (denied, bad request, not a service repair).
 */
final class AuditTrail implements RepairAudit {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditLog log;

  AuditTrail(AuditLog log) {
    this.log = log;
  }

  @Override
  public void record(Entry entry) {
    if (entry.outcome().equals("succeeded") || entry.outcome().equals("failed")) {
      return; // the registry's record
    }
    log.append(
        new AuditRecord(
            entry.time(),
            entry.caller().describe(),
            repairId(entry.params()),
            Map.of("request", entry.params()),
            null,
            entry.outcome(),
            entry.method() + " " + entry.outcome(),
            false,
            0));
  }

  /** The requested repair id, or the method when the request did not name one. */
  private static String repairId(String params) {
    try {
      String id = ContractJson.read(JSON.readTree(params), RepairRunParams.class).id();
      return id == null || id.isBlank() ? IpcMethod.REPAIR_RUN.wireName() : id;
    } catch (JacksonException | IllegalArgumentException e) {
      return IpcMethod.REPAIR_RUN.wireName();
    }
  }
}
