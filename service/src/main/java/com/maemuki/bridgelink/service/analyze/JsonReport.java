package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --json} document. Its top-level keys and field names are a contract that scripts and
 * acceptance tests read (issue 2): {@code inputs}, {@code self}, {@code peers}, {@code pings},
 * {@code netcheck}, {@code findings}, {@code watched} (the peers the checks watched) and {@code
 * bundle} (what a Bridge Link diagnostics bundle showed the user, null without one). Times are
 * ISO-8601, unknown values null.
 */
public final class JsonReport {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonReport() {}

  public static String render(AnalysisReport r) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r)) + "\n";
  }

  static ObjectNode toJson(AnalysisReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode inputs = root.putArray("inputs");
    for (AnalysisReport.Input i : r.inputs()) {
      ObjectNode n = inputs.addObject();
      n.put("file", i.file());
      n.put("kind", i.kind().wireName());
      n.put("error", i.error());
    }
    root.put("nothingRead", r.nothingRead());
    if (r.status() == null) {
      root.putNull("self");
    } else {
      self(root.putObject("self"), r.status());
    }
    ArrayNode peers = root.putArray("peers");
    if (r.status() != null) {
      for (PeerStatus p : r.status().peerList()) {
        peer(peers.addObject(), p, r.now(), r.status().dnsSuffix());
      }
    }
    ArrayNode pings = root.putArray("pings");
    for (PingSummary s : r.pings()) {
      ping(pings.addObject(), s);
    }
    if (r.netcheck() == null) {
      root.putNull("netcheck");
    } else {
      netcheck(root.putObject("netcheck"), r.netcheck());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code().code());
      n.put("severity", f.severity().wireName());
      n.put("subject", f.subject());
      n.put("title", f.title());
      n.put("detail", f.detail());
      n.put("remedy", f.remedy());
      n.put("repair", f.repair());
    }
    strings(root.putArray("watched"), r.watched());
    if (r.bundle() == null) {
      root.putNull("bundle");
    } else {
      bundle(root.putObject("bundle"), r.bundle());
    }
    return root;
  }

  private static void bundle(ObjectNode n, BundleView b) {
    n.put("created", b.created());
    ObjectNode versions = n.putObject("versions");
    b.versions().forEach(versions::put);
    ObjectNode missing = n.putObject("missing");
    b.missing().forEach(missing::put);
    n.put("overall", b.overall());
    n.put("summary", b.summary());
    strings(n.putArray("peerStates"), b.peerStates());
    ArrayNode seen = n.putArray("findings");
    for (BundleView.SeenFinding f : b.findings()) {
      ObjectNode fn = seen.addObject();
      fn.put("code", f.code());
      fn.put("severity", f.severity());
      fn.put("subject", f.subject());
      fn.put("title", f.title());
      fn.put("detail", f.detail());
      fn.put("since", f.since());
    }
    ArrayNode peers = n.putArray("configPeers");
    for (BundleView.ConfigPeer p : b.configPeers()) {
      peers.addObject().put("name", p.name()).put("host", p.host());
    }
  }

  private static void self(ObjectNode n, Status s) {
    PeerStatus self = s.self();
    n.put("hostName", ReportViews.orNull(self.hostName()));
    n.put("dnsName", ReportViews.dnsName(self));
    strings(n.putArray("ips"), s.ips());
    n.put("backendState", ReportViews.orNull(s.backendState()));
    n.put("keyExpiry", ReportViews.time(self.keyExpiry()));
    n.put("magicDnsEnabled", s.magicDnsEnabled());
    n.put("magicDnsSuffix", ReportViews.orNull(s.dnsSuffix()));
  }

  private static void peer(ObjectNode n, PeerStatus p, Instant now, String ourSuffix) {
    n.put("name", ReportViews.orNull(p.name()));
    n.put("hostName", ReportViews.orNull(p.hostName()));
    n.put("dnsName", ReportViews.dnsName(p));
    strings(n.putArray("ips"), p.tailscaleIps());
    n.put("os", ReportViews.orNull(p.os()));
    n.put("online", p.online());
    n.put("active", p.active());
    n.put("path", p.path().wireName());
    n.put("derpRegion", ReportViews.orNull(p.relay()));
    n.put("curAddr", ReportViews.orNull(p.curAddr()));
    n.put("lastSeen", ReportViews.time(p.lastSeen()));
    n.put("keyExpiry", ReportViews.time(p.keyExpiry()));
    n.put("expired", p.keyExpired(now));
    n.put("presence", p.presence().wireName());
    n.put("sharee", p.shareeNode());
    n.put("sharedIn", p.sharedIn(ourSuffix));
  }

  private static void ping(ObjectNode n, PingSummary s) {
    n.put("target", s.target());
    n.put("replies", s.replies());
    n.put("timeouts", s.timeouts());
    n.put("via", ReportViews.via(s.via()));
    n.put("derpRegion", s.derpRegion());
    n.put("endpoint", s.endpoint());
    ObjectNode latency = n.putObject("latencyMs");
    latency.put("min", ReportViews.ms(s.minMs()));
    latency.put("median", ReportViews.ms(s.medianMs()));
    latency.put("max", ReportViews.ms(s.maxMs()));
    n.put("error", s.error());
  }

  private static void netcheck(ObjectNode n, NetcheckReport r) {
    n.put("udp", r.udp());
    n.put("ipv4", r.ipv4());
    n.put("ipv6", r.ipv6());
    n.put("mappingVariesByDestIP", r.mappingVariesByDestIp());
    if (r.portMapping() == null) {
      n.putNull("portMapping");
    } else {
      strings(n.putArray("portMapping"), r.portMapping());
    }
    n.put("preferredDerp", r.preferredDerpLabel());
    n.put("derpLatencyMs", ReportViews.ms(r.preferredDerpLatencyMs()));
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
