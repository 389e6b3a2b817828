package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.PeerData;
import com.maemuki.bridgelink.ipc.contract.ProbeData;
import com.maemuki.bridgelink.ipc.contract.SelfData;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.SourceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The snapshot of the IPC contract ({@link SnapshotData}) as text, in the manner of {@code
 * tailscale status}: a header with the overall state and summary, one line per peer, then the
 * active findings with their remedies and who can fix them. Pure: the same snapshot always gives
 * the same text, and missing or blank fields never fail.
 */
public final class SnapshotText {
  private SnapshotText() {}

  /** The full report printed by {@code bridge-link status}. */
  public static String render(SnapshotData snapshot) {
    StringBuilder out = new StringBuilder();
    out.append(header(snapshot)).append('\n');
    String self = selfLine(snapshot.self());
    if (self != null) {
      out.append(self).append('\n');
    }
    out.append('\n');
    List<PeerData> peers = snapshot.peers();
    if (peers.isEmpty()) {
      out.append("No peers configured.\n");
    } else {
      Columns table = new Columns();
      table.row("PEER", "IP", "STATE", "PATH", "LATENCY", "PORTS");
      peers.forEach(p -> table.row(peerCells(p)));
      out.append(table.render(""));
    }
    out.append('\n');
    List<FindingData> findings = snapshot.findings();
    if (findings.isEmpty()) {
      out.append("No active findings.\n");
    } else {
      out.append("Findings (").append(findings.size()).append("):\n");
      findings.forEach(f -> out.append(finding(f)));
    }
    String sources = failingSources(snapshot);
    if (sources != null) {
      out.append('\n').append(sources).append('\n');
    }
    return out.toString();
  }

  /** A few lines for {@code --watch}: the header, one short line per peer and per finding. */
  public static String compact(SnapshotData snapshot) {
    StringBuilder out = new StringBuilder(header(snapshot)).append('\n');
    Columns table = new Columns();
    for (PeerData peer : snapshot.peers()) {
      String[] cells = peerCells(peer);
      table.row(cells[0], cells[2], cells[3], cells[4], cells[5]);
    }
    out.append(table.render("  "));
    for (FindingData f : snapshot.findings()) {
      out.append("  ").append(findingTitle(f)).append('\n');
    }
    return out.toString();
  }

  /** {@code DEGRADED Link degraded: bridge-peer relayed via fra (as of 2026-…Z)}. */
  static String header(SnapshotData snapshot) {
    String overall = Fields.text(snapshot.overall());
    StringBuilder line =
        new StringBuilder(overall == null ? "UNKNOWN" : overall.toUpperCase(Locale.ROOT));
    String summary = Fields.text(snapshot.summary());
    if (summary != null) {
      line.append("  ").append(summary);
    }
    String time = Fields.text(snapshot.time());
    if (time != null) {
      line.append("  (as of ").append(time).append(')');
    }
    return line.toString();
  }

  private static String selfLine(SelfData self) {
    if (self == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    String host = Fields.text(self.hostName());
    String dns = Fields.text(self.dnsName());
    parts.add(Fields.orDash(host) + (dns == null ? "" : " (" + dns + ")"));
    List<String> ips = Fields.strings(self.ips());
    parts.add(ips.isEmpty() ? "no Tailscale IP" : String.join(", ", ips));
    String backend = Fields.text(self.backendState());
    if (backend != null) {
      parts.add("tailscaled " + backend);
    }
    String keyExpiry = Fields.text(self.keyExpiry());
    if (keyExpiry != null) {
      parts.add("key expires " + keyExpiry);
    }
    Boolean magicDns = self.magicDnsEnabled();
    if (magicDns != null) {
      parts.add("MagicDNS " + (magicDns ? "on" : "off"));
    }
    return "This machine: " + String.join("  ", parts);
  }

  private static String[] peerCells(PeerData peer) {
    String name = Fields.text(peer.name());
    if (name == null) {
      name = Fields.text(peer.host());
    }
    List<String> ips = Fields.strings(peer.ips());
    String state = peer.state();
    if (state == null) { // a snapshot from before the state field
      Boolean online = peer.online();
      state = online == null ? "unknown" : online ? "online" : "offline";
    }
    return new String[] {
      Fields.orDash(name),
      ips.isEmpty() ? "-" : String.join(", ", ips),
      state,
      path(peer),
      Fields.millis(peer.latencyMs()),
      probes(peer)
    };
  }

  /** {@code direct}, {@code relay "fra"} (as tailscale says it), or the path with its home DERP. */
  private static String path(PeerData peer) {
    String path = Fields.text(peer.path());
    String region = Fields.text(peer.derpRegion());
    if ("derp".equals(path)) {
      return region == null ? "relay" : "relay \"" + region + "\"";
    }
    String shown = Fields.orDash(path);
    return region == null ? shown : shown + " (DERP " + region + ")";
  }

  /** {@code 3389 ok 3.1 ms; 8080 failed: connection refused}; "-" when none was probed. */
  private static String probes(PeerData peer) {
    List<String> parts = new ArrayList<>();
    for (ProbeData probe : peer.probes()) {
      String port = probe.port() == null ? "-" : probe.port().toString();
      Boolean ok = probe.ok();
      if (Boolean.TRUE.equals(ok)) {
        Double ms = probe.latencyMs();
        parts.add(port + " ok" + (ms == null ? "" : " " + Fields.millis(ms)));
      } else {
        String error = Fields.text(probe.error());
        String what = ok == null ? " not probed" : " failed";
        parts.add(port + what + (error == null ? "" : ": " + error));
      }
    }
    return parts.isEmpty() ? "-" : String.join("; ", parts);
  }

  private static String finding(FindingData f) {
    StringBuilder out = new StringBuilder("  ").append(findingTitle(f)).append('\n');
    String indent = "      ";
    String detail = Fields.text(f.detail());
    if (detail != null) {
      out.append(indent).append(detail).append('\n');
    }
    String remedy = Fields.text(f.remedy());
    if (remedy != null) {
      out.append(indent).append("Remedy: ").append(remedy).append('\n');
    }
    out.append(indent).append("Fix: ").append(FixWords.describe(f)).append('\n');
    String since = Fields.text(f.since());
    if (since != null) {
      out.append(indent).append("Since: ").append(since).append('\n');
    }
    return out.toString();
  }

  /** {@code WARNING path-relayed [bridge-peer]: The link is relayed}. */
  static String findingTitle(FindingData f) {
    String severity = Fields.text(f.severity());
    StringBuilder line =
        new StringBuilder(severity == null ? "FINDING" : severity.toUpperCase(Locale.ROOT));
    line.append("  ").append(Fields.orDash(Fields.text(f.code())));
    String subject = Fields.text(f.subject());
    if (subject != null) {
      line.append(" [").append(subject).append(']');
    }
    String title = Fields.text(f.title());
    if (title != null) {
      line.append(": ").append(title);
    }
    return line.toString();
  }

  private static String failingSources(SnapshotData snapshot) {
    List<String> failing = new ArrayList<>();
    for (SourceData source : snapshot.sources()) {
      if (Boolean.FALSE.equals(source.ok())) {
        String error = Fields.text(source.error());
        failing.add(
            Fields.orDash(Fields.text(source.name())) + (error == null ? "" : " (" + error + ")"));
      }
    }
    return failing.isEmpty() ? null : "Sources failing: " + String.join(", ", failing);
  }
}
