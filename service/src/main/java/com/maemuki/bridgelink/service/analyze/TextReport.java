package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.Locale;

/** The report for people: inputs, this machine, peers, pings, netcheck, findings with remedies. */
public final class TextReport {

  private TextReport() {}

  public static String render(AnalysisReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Bridge Link analysis (evaluated at ").append(r.now()).append(")\n\n");
    inputs(sb, r);
    if (r.bundle() != null) {
      bundle(sb, r.bundle());
    }
    if (!r.watched().isEmpty()) {
      sb.append("Watched peers: ").append(String.join(", ", r.watched()));
      boolean fromBundle =
          r.bundle() != null
              && r.watched()
                  .equals(
                      r.bundle().configPeers().stream().map(BundleView.ConfigPeer::host).toList());
      sb.append(fromBundle ? " (from the bundle's configuration)\n\n" : "\n\n");
    }
    if (r.status() != null) {
      self(sb, r.status());
      peers(sb, r);
    }
    if (!r.pings().isEmpty()) {
      pings(sb, r);
    }
    if (r.netcheck() != null) {
      netcheck(sb, r.netcheck());
    }
    findings(sb, r);
    return sb.toString();
  }

  private static void inputs(StringBuilder sb, AnalysisReport r) {
    sb.append("Inputs\n");
    TextTable t = new TextTable("FILE", "KIND", "PROBLEM");
    for (AnalysisReport.Input i : r.inputs()) {
      t.row(i.file(), i.kind().wireName(), i.error() == null ? "" : i.error());
    }
    sb.append(t.render("  ")).append('\n');
  }

  private static void self(StringBuilder sb, Status s) {
    PeerStatus self = s.self();
    sb.append("This machine\n");
    String host = self.hostName().isEmpty() ? "(unknown)" : self.hostName();
    if (!self.fqdn().isEmpty()) {
      host += " (" + self.fqdn() + ")";
    }
    line(sb, "Host", host);
    line(sb, "State", s.backendState().isEmpty() ? "(not reported)" : s.backendState());
    if (!s.authUrl().isEmpty()) {
      line(sb, "Log in at", s.authUrl());
    }
    line(sb, "IPs", s.ips().isEmpty() ? "(none)" : String.join(", ", s.ips()));
    line(
        sb,
        "Key expiry",
        self.keyExpiry() == null ? "(none reported)" : self.keyExpiry().toString());
    Boolean magic = s.magicDnsEnabled();
    String suffix = s.dnsSuffix().isEmpty() ? "" : " (" + s.dnsSuffix() + ")";
    line(sb, "MagicDNS", (magic == null ? "unknown" : magic ? "on" : "off") + suffix);
    for (String h : s.health()) {
      line(sb, "Health", h);
    }
    sb.append('\n');
  }

  private static void peers(StringBuilder sb, AnalysisReport r) {
    Status s = r.status();
    if (!s.listsPeers()) {
      sb.append("Peers: not listed in the inputs\n\n");
      return;
    }
    sb.append("Peers (").append(s.peerList().size()).append(")\n");
    TextTable t =
        new TextTable(
            "NAME", "IP", "OS", "ONLINE", "PATH", "DERP", "LAST SEEN", "SHARED-IN", "KEY EXPIRED");
    for (PeerStatus p : s.peerList()) {
      t.row(
          p.name() + (p.shareeNode() ? " (sharee)" : ""),
          p.firstIp(),
          ReportViews.orNull(p.os()),
          p.online() == null ? "?" : p.online() ? "yes" : "no",
          p.path().wireName() + (p.path().wireName().equals("direct") ? " " + p.curAddr() : ""),
          ReportViews.orNull(p.relay()),
          Boolean.FALSE.equals(p.online()) ? ReportViews.time(p.lastSeen()) : null,
          p.sharedIn(s.dnsSuffix()) ? "yes" : "no",
          p.keyExpired(r.now()) ? "yes" : "no");
    }
    sb.append(t.render("  ")).append('\n');
  }

  private static void pings(StringBuilder sb, AnalysisReport r) {
    sb.append("Pings\n");
    TextTable t =
        new TextTable("TARGET", "REPLIES", "TIMEOUTS", "VIA", "MIN", "MEDIAN", "MAX", "ERROR");
    for (PingSummary p : r.pings()) {
      String via = p.via() == null ? null : p.via().wireName();
      if (via != null && p.derpRegion() != null) {
        via += "(" + p.derpRegion() + ")";
      } else if (via != null && p.endpoint() != null) {
        via += " " + p.endpoint();
      }
      t.row(
          p.target(),
          Integer.toString(p.replies()),
          Integer.toString(p.timeouts()),
          via,
          ms(p.minMs()),
          ms(p.medianMs()),
          ms(p.maxMs()),
          p.error() == null ? "" : p.error());
    }
    sb.append(t.render("  ")).append('\n');
  }

  private static void netcheck(StringBuilder sb, NetcheckReport n) {
    sb.append("Netcheck\n");
    line(sb, "UDP", yesNo(n.udp()));
    line(sb, "IPv4", yesNo(n.ipv4()) + (n.globalV4() == null ? "" : ", " + n.globalV4()));
    line(sb, "IPv6", yesNo(n.ipv6()) + (n.globalV6() == null ? "" : ", " + n.globalV6()));
    line(sb, "Hard NAT", yesNo(n.mappingVariesByDestIp()) + " (MappingVariesByDestIP)");
    line(
        sb,
        "Port mapping",
        n.portMapping() == null
            ? "not checked"
            : n.portMapping().isEmpty() ? "none" : String.join(", ", n.portMapping()));
    String derp = n.preferredDerpLabel();
    Double ms = n.preferredDerpLatencyMs();
    line(sb, "Nearest DERP", (derp == null ? "unknown" : derp) + (ms == null ? "" : " " + ms(ms)));
    sb.append('\n');
  }

  /** What the user saw, from the bundle's snapshot, before this report's own findings. */
  private static void bundle(StringBuilder sb, BundleView b) {
    sb.append("What Bridge Link showed the user (diagnostics bundle)\n");
    if (b.created() != null) {
      line(sb, "Created", b.created());
    }
    b.versions().forEach((k, v) -> line(sb, "Version", k + " " + v));
    if (b.summary() != null) {
      line(sb, "Summary", b.summary() + (b.overall() == null ? "" : " [" + b.overall() + "]"));
    }
    for (String state : b.peerStates()) {
      line(sb, "Peer", state);
    }
    for (BundleView.ConfigPeer p : b.configPeers()) {
      line(sb, "Configured", p.name() + (p.name().equals(p.host()) ? "" : " (" + p.host() + ")"));
    }
    for (BundleView.SeenFinding f : b.findings()) {
      String subject = f.subject() == null ? "" : " [" + f.subject() + "]";
      line(
          sb,
          "Finding",
          (f.severity() == null ? "" : f.severity().toUpperCase(Locale.ROOT) + "  ")
              + f.code()
              + subject
              + (f.title() == null ? "" : ": " + f.title()));
      if (f.detail() != null && !f.detail().isEmpty()) {
        sb.append("               ").append(f.detail()).append('\n');
      }
    }
    b.missing().forEach((part, why) -> line(sb, "Missing", part + ": " + why));
    sb.append('\n');
  }

  private static void findings(StringBuilder sb, AnalysisReport r) {
    if (r.nothingRead()) {
      sb.append("Nothing could be read: every input failed (see above), so nothing was checked.\n");
      return;
    }
    if (r.findings().isEmpty()) {
      sb.append("Findings: none\n");
      return;
    }
    sb.append("Findings (").append(r.findings().size()).append(")\n");
    for (Finding f : r.findings()) {
      sb.append("  ")
          .append(f.severity().wireName().toUpperCase(Locale.ROOT))
          .append("  ")
          .append(f.code().code());
      if (f.subject() != null && !f.subject().equals(f.detail())) {
        sb.append(" [").append(f.subject()).append(']');
      }
      sb.append(": ").append(f.title()).append('\n');
      if (!f.detail().isEmpty()) {
        sb.append("      ").append(f.detail()).append('\n');
      }
      sb.append("      Remedy: ").append(f.remedy()).append('\n');
      if (f.repair() != null) {
        sb.append("      Repair: ")
            .append(f.repair())
            .append(" (")
            .append(f.code().fixer().wireName())
            .append(")\n");
      }
    }
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append("  ").append(String.format(Locale.ROOT, "%-13s", label)).append(value).append('\n');
  }

  private static String yesNo(Boolean b) {
    return b == null ? "unknown" : b ? "yes" : "no";
  }

  private static String ms(Double v) {
    return v == null ? null : String.format(Locale.ROOT, "%.1f ms", v);
  }
}
