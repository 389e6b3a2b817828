package com.maemuki.bridgelink.service.ipc;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A {@link ServiceFacade} over fixed data, for IPC tests and the benchmark. */
public final class InMemoryServiceFacade implements ServiceFacade {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private volatile ObjectNode snapshot = snapshot("ok", "Link ok");
  final AtomicInteger checks = new AtomicInteger();
  final AtomicInteger repairsRun = new AtomicInteger();

  /** A small snapshot in the shape of docs/ipc-contract.md. */
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
    snapshot = next;
  }

  @Override
  public JsonNode status() {
    return snapshot;
  }

  @Override
  public void checkNow() {
    checks.incrementAndGet();
  }

  @Override
  public List<RepairEntry> repairs() {
    return List.of(
        new RepairEntry(
            "open-inbound-port", "Allow inbound port 3389", "service", "local-port-blocked/3389"),
        new RepairEntry("accept-dns", "Use Tailscale DNS", "tray", "dns-not-accepted"));
  }

  @Override
  public RepairOutcome runRepair(String id, ObjectNode params) {
    repairsRun.incrementAndGet();
    return new RepairOutcome(true, "Added inbound rule for port 3389", true);
  }

  @Override
  public JsonNode history(String peer, int minutes) throws MethodException {
    if (!"bridge-peer".equals(peer)) {
      throw MethodException.badRequest("no configured peer '" + peer + "'");
    }
    ObjectNode result = NODES.objectNode().put("peer", peer);
    result
        .putArray("samples")
        .addObject()
        .put("time", "2026-11-24T18:59:00Z")
        .put("latencyMs", 12.5)
        .put("path", "direct")
        .put("ok", true);
    return result;
  }

  @Override
  public Path createDiagnostics() {
    return Path.of("/tmp/bridge-link-diag.zip");
  }
}
