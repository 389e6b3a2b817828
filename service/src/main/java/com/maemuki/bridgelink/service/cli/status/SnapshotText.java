package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.PeerData;
import com.maemuki.bridgelink.ipc.contract.ProbeData;
import com.maemuki.bridgelink.ipc.contract.SelfData;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.contract.SourceData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The snapshot of the IPC contract ({@link SnapshotData}) as text, in the manner of {@code
 * tailscale status}: a header with the overall state and summary, one line per peer, then the
 * active findings with their remedies and who can fix them. The one text rendering of a snapshot:
 * {@code status} prints the full report, {@code status --watch} the compact form, {@code run} and
 * {@code doctor} the full report or, redrawn on a terminal, the screen form that fits 80×24. Times
 * are shown in the given zone to the second (the JSON keeps ISO-8601 UTC). Pure: the same snapshot
 * and zone always give the same text, and missing or blank fields never fail.
 */
public final class SnapshotText {
  /** The terminal a redrawn view must fit without scrolling or wrapping. */
  public static final int SCREEN_WIDTH = 80;

  public static final int SCREEN_HEIGHT = 24;

  private static final String CUT = "…";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private SnapshotText() {}

  /** The full report printed by {@code bridge-link status}. */
  public static String render(SnapshotData snapshot, ZoneId zone) {
    StringBuilder out = new StringBuilder();
    out.append(header(snapshot, zone)).append('\n');
    String self = selfLine(snapshot.self(), zone);
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
      findings.forEach(f -> out.append(finding(f, zone)));
    }
    String sources = failingSources(snapshot);
    if (sources != null) {
      out.append('\n').append(sources).append('\n');
    }
    return out.toString();
  }

  /** A few lines for {@code --watch}: the header, one short line per peer and per finding. */
  public static String compact(SnapshotData snapshot, ZoneId zone) {
    StringBuilder out = new StringBuilder(header(snapshot, zone)).append('\n');
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

  /**
   * The report cut to fit a {@code width}×{@code height} terminal, for a view redrawn in place: no
   * line longer than {@code width} (long names and messages end in "…"), at most {@code height}
   * lines. Findings show their title and remedy; when that is too long for the screen, their titles
   * only; then the peers and findings that do not fit are counted in a last line ("… 3 more:
   * bridge-link status shows all").
   */
  public static List<String> screen(SnapshotData snapshot, ZoneId zone, int width, int height) {
    List<String> top = new ArrayList<>();
    top.add(header(snapshot, zone));
    String self = screenSelfLine(snapshot.self(), zone);
    if (self != null) {
      top.add(self);
    }
    List<String> peerLines = new ArrayList<>();
    if (!snapshot.peers().isEmpty()) {
      Columns table = new Columns();
      table.row("PEER", "IP", "STATE", "PATH", "LATENCY", "PORTS");
      for (PeerData peer : snapshot.peers()) {
        String[] cells = peerCells(peer);
        cells[0] = cut(cells[0], 16);
        cells[1] = cut(cells[1].split(", ", 2)[0], 15);
        cells[3] = cut(cells[3], 14);
        cells[5] = shortProbes(peer);
        table.row(cells);
      }
      peerLines.addAll(table.render("").lines().toList());
    }
    List<FindingData> findings = snapshot.findings();
    List<List<String>> findingLines = new ArrayList<>();
    for (FindingData f : findings) {
      List<String> lines = new ArrayList<>();
      lines.add("  " + findingTitle(f));
      String remedy = Fields.text(f.remedy());
      lines.add("      " + (remedy == null ? "Fix: " + FixWords.describe(f) : "Remedy: " + remedy));
      findingLines.add(lines);
    }
    List<String> tail = new ArrayList<>();
    String sources = failingSources(snapshot);
    if (sources != null) {
      tail.add(sources);
    }
    // header/self, blank, peers, blank, findings heading, findings, tail
    int fixed = top.size() + 1 + (peerLines.isEmpty() ? 1 : 0) + 1 + 1 + tail.size();
    int room = height - fixed;
    int full = peerLines.size() + findingLines.stream().mapToInt(List::size).sum();
    if (full > room) {
      findingLines.forEach(l -> l.subList(1, l.size()).clear()); // titles only
    }
    int rows = peerLines.size() + findingLines.size();
    int hiddenPeers = 0;
    int hiddenFindings = 0;
    if (rows > room) {
      int keep = Math.max(0, room - 1); // one line says how many more
      // The findings matter most; the peer table keeps its heading and at least three rows.
      int peersKept =
          Math.min(peerLines.size(), Math.max(keep - findingLines.size(), Math.min(keep, 4)));
      int findingsKept = Math.min(findingLines.size(), keep - peersKept);
      hiddenPeers = peerLines.size() - peersKept;
      hiddenFindings = findingLines.size() - findingsKept;
      peerLines = new ArrayList<>(peerLines.subList(0, peersKept));
      findingLines = new ArrayList<>(findingLines.subList(0, findingsKept));
    }
    List<String> lines = new ArrayList<>(top);
    lines.add("");
    if (snapshot.peers().isEmpty()) {
      lines.add("No peers configured.");
    }
    lines.addAll(peerLines);
    lines.add("");
    lines.add(findings.isEmpty() ? "No active findings." : "Findings (" + findings.size() + "):");
    findingLines.forEach(lines::addAll);
    if (hiddenPeers + hiddenFindings > 0) {
      List<String> more = new ArrayList<>();
      if (hiddenPeers > 0) {
        more.add(hiddenPeers + " more peer(s)");
      }
      if (hiddenFindings > 0) {
        more.add(hiddenFindings + " more finding(s)");
      }
      lines.add("… " + String.join(", ", more) + ": bridge-link status shows all");
    }
    lines.addAll(tail);
    return lines.stream().limit(height).map(l -> cut(l, width)).toList();
  }

  /** {@code text} in at most {@code max} characters, ending in "…" when it was longer. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + CUT;
  }

  /** An ISO-8601 instant as local time to the second ({@code 2026-11-24 20:00:00}); else as is. */
  static String localTime(String iso, ZoneId zone) {
    String text = Fields.text(iso);
    if (text == null) {
      return null;
    }
    try {
      return LOCAL.format(Instant.parse(text).atZone(zone));
    } catch (DateTimeParseException e) {
      return text; // not an instant we can read: shown as sent rather than lost
    }
  }

  /** {@code DEGRADED Link degraded: bridge-peer relayed via fra (as of 2026-11-24 20:00:00)}. */
  static String header(SnapshotData snapshot, ZoneId zone) {
    String overall = Fields.text(snapshot.overall());
    StringBuilder line =
        new StringBuilder(overall == null ? "UNKNOWN" : overall.toUpperCase(Locale.ROOT));
    String summary = Fields.text(snapshot.summary());
    if (summary != null) {
      line.append("  ").append(summary);
    }
    String time = localTime(snapshot.time(), zone);
    if (time != null) {
      line.append("  (as of ").append(time).append(')');
    }
    return line.toString();
  }

  private static String selfLine(SelfData self, ZoneId zone) {
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
    String keyExpiry = localTime(self.keyExpiry(), zone);
    if (keyExpiry != null) {
      parts.add("key expires " + keyExpiry);
    }
    Boolean magicDns = self.magicDnsEnabled();
    if (magicDns != null) {
      parts.add("MagicDNS " + (magicDns ? "on" : "off"));
    }
    return "This machine: " + String.join("  ", parts);
  }

  /** {@code This machine: bridge-pc 100.64.0.1 Running key expires …}: what fits 80 columns. */
  private static String screenSelfLine(SelfData self, ZoneId zone) {
    if (self == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(cut(Fields.orDash(Fields.text(self.hostName())), 16));
    List<String> ips = Fields.strings(self.ips());
    parts.add(ips.isEmpty() ? "no Tailscale IP" : ips.get(0));
    String backend = Fields.text(self.backendState());
    if (backend != null && !"Running".equals(backend)) { // only when it is not as it should be
      parts.add(backend);
    }
    String keyExpiry = localTime(self.keyExpiry(), zone);
    if (keyExpiry != null) {
      parts.add("key expires " + keyExpiry);
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

  /** {@code 3389 refused, 22 ok}: the probes in a few words each, for the screen view. */
  private static String shortProbes(PeerData peer) {
    List<String> parts = new ArrayList<>();
    for (ProbeData probe : peer.probes()) {
      String port = probe.port() == null ? "-" : probe.port().toString();
      String error = Fields.text(probe.error());
      String what;
      if (Boolean.TRUE.equals(probe.ok())) {
        what = "ok";
      } else if (probe.ok() == null) {
        what = "not probed";
      } else if (error != null && error.contains("refused")) {
        what = "refused";
      } else if (error != null && error.startsWith("no answer")) {
        what = "timeout";
      } else {
        what = "failed";
      }
      parts.add(port + " " + what);
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private static String finding(FindingData f, ZoneId zone) {
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
    String since = localTime(f.since(), zone);
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
