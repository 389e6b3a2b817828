package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.HistoryResult;
import com.maemuki.bridgelink.ipc.contract.HistorySample;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A {@link ServiceFacade} over fixed data, for IPC tests and the benchmark. */
public final class InMemoryServiceFacade implements ServiceFacade {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private volatile SnapshotData snapshot = read(snapshot("ok", "Link ok"));
  final AtomicInteger checks = new AtomicInteger();
  final AtomicInteger repairsRun = new AtomicInteger();

  /** A small snapshot in the shape of the contract's {@link SnapshotData}, as JSON. */
  public static ObjectNode snapshot(String overall, String summary) {
    ObjectNode snapshot = NODES.objectNode();
    snapshot.put("time", "2026-11-24T19:00:00Z");
    snapshot.put("overall", overall);
    snapshot.put("summary", summary);
    snapshot.putObject("self").put("hostName", "bridge").putArray("ips").add("100.64.0.1");
    ObjectNode peer = snapshot.putArray("peers").addObject();
    peer.put("name", "bridge-peer")
        .put("online", true)
        .put("path", "direct")
        .put("latencyMs", 12.5);
    snapshot.putArray("findings");
    snapshot.putArray("sources");
    return snapshot;
  }

  public void setSnapshot(ObjectNode next) {
    snapshot = read(next);
  }

  private static SnapshotData read(ObjectNode json) {
    return ContractJson.read(json, SnapshotData.class);
  }

  @Override
  public SnapshotData status() {
    return snapshot;
  }

  @Override
  public void checkNow() {
    checks.incrementAndGet();
  }

  @Override
  public List<RepairListEntry> repairs() {
    return List.of(
        new RepairListEntry(
            "open-inbound-port",
            "Allow inbound port 3389",
            RepairListEntry.SERVICE,
            null,
            "local-port-blocked/3389"),
        new RepairListEntry(
            "accept-dns", "Use Tailscale DNS", RepairListEntry.TRAY, null, "dns-not-accepted"));
  }

  @Override
  public RepairRunResult runRepair(RepairRunParams request, PeerIdentity caller) {
    repairsRun.incrementAndGet();
    return new RepairRunResult(true, "Added inbound rule for port 3389", true);
  }

  @Override
  public HistoryResult history(String peer, int minutes) throws MethodException {
    if (!"bridge-peer".equals(peer)) {
      throw MethodException.badRequest("no configured peer '" + peer + "'");
    }
    return new HistoryResult(
        peer, List.of(new HistorySample("2026-11-24T18:59:00Z", 12.5, "direct", true)));
  }

  @Override
  public Path createDiagnostics() {
    return Path.of("/tmp/bridge-link-diag.zip");
  }
}
