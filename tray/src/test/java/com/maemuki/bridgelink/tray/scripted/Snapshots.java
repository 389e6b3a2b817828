package com.maemuki.bridgelink.tray.scripted;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.TransitionData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scripted service's payloads, shaped as docs/ipc-contract.md says; the summaries in the real
 * monitor's words (worst finding's title, subject, "and N more"), so tooltips are as long as a
 * user's.
 */
final class Snapshots {
  private Snapshots() {}

  static ObjectNode forState(JsonMapper json, String state) {
    ObjectNode snapshot = json.createObjectNode();
    snapshot.put("time", Instant.now().toString());
    ObjectNode self = snapshot.putObject("self");
    self.put("hostName", "desk").put("backendState", "Running");
    self.putArray("ips").add("100.101.102.103").add("fd7a:115c:a1e0::1");
    ArrayNode peers = snapshot.putArray("peers");
    ObjectNode peer =
        peers
            .addObject()
            .put("name", "bridge-peer")
            .put("online", !"down".equals(state))
            .put("state", "down".equals(state) ? "offline" : "online");
    peer.putArray("ips").add("100.64.0.2");
    // one configured application port, as the real service reports it: the window charts it
    peer.putArray("probes").addObject().put("port", 3389).put("ok", !"down".equals(state));
    ArrayNode findings = snapshot.putArray("findings");
    switch (state) {
      case "down":
        snapshot
            .put("overall", "down")
            .put("summary", "Link down: The shared computer is offline (bridge-peer)");
        peer.put("path", "unknown").putNull("latencyMs");
        findings
            .addObject()
            .put("code", "peer-offline")
            .put("severity", "critical")
            .put("subject", "bridge-peer")
            .put("title", "The shared computer is offline")
            .put("remedy", "Ask its owner to start it and check that Tailscale runs there.")
            .putNull("repair")
            .put("fixer", "peer-owner");
        break;
      case "degraded":
        snapshot
            .put("overall", "degraded")
            .put(
                "summary",
                "Link degraded: Traffic to the shared computer is relayed (DERP) (bridge-peer)"
                    + " and 1 more");
        peer.put("path", "derp").put("derpRegion", "fra").put("latencyMs", 84.2);
        findings
            .addObject()
            .put("code", "path-relayed")
            .put("severity", "warning")
            .put("subject", "bridge-peer")
            .put("title", "Traffic to the shared computer is relayed (DERP)")
            .put("remedy", "Allow UDP 41641 outbound or enable UPnP on either side.")
            .putNull("repair")
            .put("fixer", "nobody");
        findings
            .addObject()
            .put("code", "local-port-blocked")
            .put("severity", "warning")
            .put("subject", "3389")
            .put("title", "The firewall blocks port 3389 from Tailscale")
            .put("remedy", "Allow the port from Tailscale addresses.")
            .put("repair", "open-inbound-port")
            .put("fixer", "service");
        break;
      default:
        snapshot.put("overall", "ok").put("summary", "Link ok: 1 peer watched");
        peer.put("path", "direct").put("latencyMs", 12.3);
    }
    return snapshot;
  }

  /** What the service sends between two states: a raise or a clear per finding that changed. */
  static List<ObjectNode> transitions(ObjectNode before, ObjectNode after) {
    Map<String, FindingData> old = findings(before);
    Map<String, FindingData> now = findings(after);
    String time = Instant.now().toString();
    List<ObjectNode> out = new ArrayList<>();
    old.forEach(
        (key, f) -> {
          if (!now.containsKey(key)) {
            out.add(ContractJson.write(new TransitionData(TransitionData.CLEARED, f, time)));
          }
        });
    now.forEach(
        (key, f) -> {
          if (!old.containsKey(key)) {
            out.add(ContractJson.write(new TransitionData(TransitionData.RAISED, f, time)));
          }
        });
    return out;
  }

  private static Map<String, FindingData> findings(ObjectNode snapshot) {
    Map<String, FindingData> out = new LinkedHashMap<>();
    ContractJson.read(snapshot, SnapshotData.class).findings().forEach(f -> out.put(f.key(), f));
    return out;
  }

  static ObjectNode repairs(JsonMapper json) {
    ObjectNode result = json.createObjectNode();
    result
        .putArray("repairs")
        .addObject()
        .put("id", "open-inbound-port")
        .put("title", "Open port 3389 for Tailscale")
        .put("runsIn", "service")
        .put("allowed", true)
        .put("findingKey", "local-port-blocked/3389");
    return result;
  }

  /** An hour of samples: direct, relayed for the middle twenty minutes, direct again. */
  static ObjectNode history(JsonMapper json, String peer) {
    ObjectNode result = json.createObjectNode().put("peer", peer);
    ArrayNode samples = result.putArray("samples");
    Instant start = Instant.now().minus(Duration.ofHours(1));
    for (int m = 0; m <= 60; m++) {
      boolean relayed = m >= 20 && m < 40;
      samples
          .addObject()
          .put("time", start.plus(Duration.ofMinutes(m)).toString())
          .put("latencyMs", relayed ? 80.0 + m % 7 : 11.0 + m % 4)
          .put("path", relayed ? "derp" : "direct")
          .put("ok", true);
    }
    return result;
  }
}
