package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.SourceStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The live view of {@code bridge-link run}, in the manner of {@code tailscale status}: this
 * machine, one row per peer, then the findings with their remedies. Pure text; the caller decides
 * whether to redraw a terminal or append lines.
 */
public final class ConsoleView {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private ConsoleView() {}

  public static List<String> render(Snapshot s) {
    List<String> lines = new ArrayList<>();
    lines.add(CLOCK.format(s.time()) + "  " + s.summary());
    SelfView self = s.self();
    if (self.backendState() != null) {
      String ip = self.ips().isEmpty() ? "-" : self.ips().get(0);
      String name = self.dnsName() != null ? stripDot(self.dnsName()) : orDash(self.hostName());
      String key = self.keyExpiry() == null ? "" : "  key expires " + self.keyExpiry();
      lines.add(
          String.format(
              Locale.ROOT, "this machine  %-15s %s  %s%s", ip, name, self.backendState(), key));
    }
    if (!s.peers().isEmpty()) {
      lines.add("");
      lines.add(
          String.format(
              Locale.ROOT,
              "%-16s %-15s %-11s %-14s %-10s %s",
              "PEER",
              "IP",
              "STATE",
              "PATH",
              "LATENCY",
              "PORTS"));
      for (PeerView p : s.peers()) {
        lines.add(peerRow(p));
      }
    }
    lines.add("");
    if (s.findings().isEmpty()) {
      lines.add("No problems found.");
    } else {
      lines.add("FINDINGS");
      for (ActiveFinding a : s.findings()) {
        Finding f = a.finding();
        String subject = f.subject() == null ? "" : " [" + f.subject() + "]";
        lines.add(
            "  "
                + marker(f)
                + " "
                + f.severity().wireName()
                + "  "
                + f.code().code()
                + subject
                + ": "
                + f.title());
        if (!f.detail().isBlank()) {
          lines.add("      " + f.detail());
        }
        lines.add("      fix: " + f.remedy() + " (who: " + f.code().fixer().wireName() + ")");
      }
    }
    boolean daemonDown =
        s.findings().stream().anyMatch(a -> a.finding().code().code().startsWith("daemon-"));
    for (SourceStatus src : s.sources()) {
      if (!src.ok() && !(daemonDown && src.name().startsWith("localapi-"))) {
        lines.add("  (source " + src.name() + " failing: " + src.error() + ")");
      }
    }
    return lines;
  }

  private static String peerRow(PeerView p) {
    String ip = p.ips().isEmpty() ? "-" : p.ips().get(0);
    String online = p.state();
    String path = p.path();
    if ("derp".equals(path) && p.derpRegion() != null && !p.derpRegion().isEmpty()) {
      path = "derp(" + p.derpRegion() + ")";
    }
    String latency =
        p.latencyMs() == null ? "-" : String.format(Locale.ROOT, "%.1f ms", p.latencyMs());
    List<String> ports = new ArrayList<>();
    for (ProbeView probe : p.probes()) {
      ports.add(probe.port() + (probe.ok() ? " ok" : " " + shortError(probe.error())));
    }
    return String.format(
        Locale.ROOT,
        "%-16s %-15s %-11s %-14s %-10s %s",
        p.name(),
        ip,
        online,
        path,
        latency,
        ports.isEmpty() ? "-" : String.join(", ", ports));
  }

  private static String shortError(String error) {
    if (error == null) {
      return "failed";
    }
    if (error.contains("refused")) {
      return "refused";
    }
    if (error.startsWith("no answer")) {
      return "timeout";
    }
    return error.length() > 24 ? error.substring(0, 24) + "…" : error;
  }

  private static String marker(Finding f) {
    return switch (f.severity()) {
      case CRITICAL -> "✖";
      case WARNING -> "!";
      default -> "i";
    };
  }

  private static String stripDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
