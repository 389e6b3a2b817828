package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot, transition and history payloads in the shape of docs/ipc-contract.md. Written by
 * hand (not by data binding) so the wire shape stays fixed whatever the records grow.
 */
public final class SnapshotJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SnapshotJson() {}

  public static ObjectNode snapshot(Snapshot s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("time", time(s.time()));
    root.put("overall", s.overall().wireName());
    root.put("summary", s.summary());
    root.set("self", self(s.self()));
    ArrayNode peers = root.putArray("peers");
    s.peers().forEach(p -> peers.add(peer(p)));
    ArrayNode findings = root.putArray("findings");
    s.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode sources = root.putArray("sources");
    for (SourceStatus src : s.sources()) {
      ObjectNode n = sources.addObject();
      n.put("name", src.name());
      n.put("ok", src.ok());
      n.put("error", src.error());
      n.put("lastRun", time(src.lastRun()));
    }
    return root;
  }

  public static ObjectNode transition(Transition t) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", t.kind().wireName());
    root.set("finding", finding(t.finding()));
    root.put("time", time(t.time()));
    return root;
  }

  public static ObjectNode history(String peer, List<LatencyHistory.Sample> samples) {
    ObjectNode root = JSON.createObjectNode();
    root.put("peer", peer);
    ArrayNode list = root.putArray("samples");
    for (LatencyHistory.Sample sample : samples) {
      ObjectNode n = list.addObject();
      n.put("time", time(sample.time()));
      n.put("latencyMs", sample.latencyMs());
      n.put("path", sample.path());
      n.put("ok", sample.ok());
    }
    return root;
  }

  public static ObjectNode finding(ActiveFinding active) {
    Finding f = active.finding();
    ObjectNode n = JSON.createObjectNode();
    n.put("code", f.code().code());
    n.put("severity", f.severity().wireName());
    n.put("subject", f.subject());
    n.put("title", f.title());
    n.put("detail", f.detail());
    n.put("remedy", f.remedy());
    n.put("repair", f.repair());
    n.put("fixer", f.code().fixer().wireName());
    n.put("since", time(active.since()));
    return n;
  }

  private static ObjectNode self(SelfView self) {
    ObjectNode n = JSON.createObjectNode();
    n.put("hostName", self.hostName());
    n.put("dnsName", self.dnsName());
    ArrayNode ips = n.putArray("ips");
    self.ips().forEach(ips::add);
    n.put("backendState", self.backendState());
    n.put("keyExpiry", self.keyExpiry());
    n.put("magicDnsEnabled", self.magicDnsEnabled());
    n.put("magicDnsSuffix", self.magicDnsSuffix());
    n.put("profileOwnerSid", self.profileOwnerSid());
    return n;
  }

  private static ObjectNode peer(PeerView p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    n.put("host", p.host());
    n.put("dnsName", p.dnsName());
    ArrayNode ips = n.putArray("ips");
    p.ips().forEach(ips::add);
    n.put("online", p.online());
    n.put("state", p.state());
    n.put("path", p.path());
    n.put("derpRegion", p.derpRegion());
    n.put("latencyMs", p.latencyMs());
    n.put("lastProbe", time(p.lastProbe()));
    ArrayNode probes = n.putArray("probes");
    for (ProbeView probe : p.probes()) {
      ObjectNode pn = probes.addObject();
      pn.put("port", probe.port());
      pn.put("ok", probe.ok());
      pn.put("latencyMs", probe.latencyMs());
      pn.put("error", probe.error());
    }
    return n;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  public static String toJson(ObjectNode node) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }
}
