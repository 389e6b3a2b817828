package com.maemuki.bridgelink.ipc.contract;

import java.util.Optional;

/**
 * The methods of the IPC protocol (docs/ipc.md, docs/ipc-contract.md), with their wire names,
 * parameter and result types. A long method answers when its work ends (a repair, a diagnostics
 * bundle): the service runs it off the caller's reader and clients give it a deadline that covers
 * the work.
 */
public enum IpcMethod {
  STATUS_GET("status.get", NoParams.class, SnapshotData.class, false),
  SUBSCRIBE("subscribe", NoParams.class, SubscribeResult.class, false),
  CHECK_NOW("check.now", NoParams.class, CheckNowResult.class, false),
  REPAIR_LIST("repair.list", NoParams.class, RepairListResult.class, false),
  REPAIR_RUN("repair.run", RepairRunParams.class, RepairRunResult.class, true),
  HISTORY_GET("history.get", HistoryParams.class, HistoryResult.class, false),
  DIAG_CREATE("diag.create", NoParams.class, DiagResult.class, true);

  private final String wireName;
  private final Class<? extends Record> params;
  private final Class<? extends Record> result;
  private final boolean longCall;

  IpcMethod(
      String wireName,
      Class<? extends Record> params,
      Class<? extends Record> result,
      boolean longCall) {
    this.wireName = wireName;
    this.params = params;
    this.result = result;
    this.longCall = longCall;
  }

  /** The dotted name on the wire, e.g. {@code repair.run}. */
  public String wireName() {
    return wireName;
  }

  /** The record its {@code params} map to. */
  public Class<? extends Record> paramsType() {
    return params;
  }

  /** The record its {@code result} maps to. */
  public Class<? extends Record> resultType() {
    return result;
  }

  /** Whether the answer waits for the work (see the class comment). */
  public boolean isLongCall() {
    return longCall;
  }

  /** The method with this wire name; empty for a name this build does not know. */
  public static Optional<IpcMethod> fromWire(String name) {
    for (IpcMethod method : values()) {
      if (method.wireName.equals(name)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
