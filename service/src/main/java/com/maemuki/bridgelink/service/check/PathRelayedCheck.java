package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerPath;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.PingVia;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code path-relayed}: traffic to a peer in scope goes through a DERP relay: the status says so
 * (Active, no CurAddr, no PeerRelay, a Relay region), or the last ping reply came via DERP. The
 * detail names the region and, when pings were seen, the latency.
 */
public final class PathRelayedCheck implements Check {

  @Override
  public String name() {
    return FindingCode.PATH_RELAYED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    List<PingSummary> summaries = PingTranscript.summarize(o.pings());
    List<PeerStatus> reported = new ArrayList<>();
    for (PeerScope.ScopedPeer scoped : PeerScope.of(o)) {
      PeerStatus p = scoped.peer();
      PingSummary ping = pingsTo(o, p, summaries);
      boolean pingRelayed = ping != null && ping.via() == PingVia.DERP;
      if (p.path() != PeerPath.DERP && !pingRelayed) {
        continue;
      }
      String region = pingRelayed && ping.derpRegion() != null ? ping.derpRegion() : p.relay();
      StringBuilder detail =
          new StringBuilder("Traffic to ").append(p.name()).append(" goes through DERP relay");
      if (!region.isEmpty()) {
        detail.append(" '").append(region).append("'");
      }
      detail.append(" (no direct path).");
      appendLatency(detail, ping);
      out.add(Finding.of(FindingCode.PATH_RELAYED, scoped.subject(), detail.toString()));
      reported.add(p);
    }
    for (PingSummary s : summaries) {
      if (s.via() != PingVia.DERP || isReported(o, s, reported)) {
        continue;
      }
      PingAttempt sample = sampleReply(o, s.target());
      PeerScope.subjectForPingTarget(o, s.target(), sample)
          .ifPresent(
              subject -> {
                StringBuilder detail =
                    new StringBuilder("Pings to ").append(s.target()).append(" are relayed");
                if (s.derpRegion() != null) {
                  detail.append(" via DERP '").append(s.derpRegion()).append("'");
                }
                detail.append(" (no direct path).");
                appendLatency(detail, s);
                out.add(Finding.of(FindingCode.PATH_RELAYED, subject, detail.toString()));
              });
    }
    return out;
  }

  private static void appendLatency(StringBuilder detail, PingSummary ping) {
    if (ping != null && ping.medianMs() != null) {
      detail.append(
          String.format(
              Locale.ROOT,
              " Ping latency %.1f ms median (%.1f–%.1f ms, %d replies).",
              ping.medianMs(),
              ping.minMs(),
              ping.maxMs(),
              ping.replies()));
    }
  }

  /** The ping summary for the target that is this peer, if any. */
  private static PingSummary pingsTo(Observations o, PeerStatus peer, List<PingSummary> summaries) {
    for (PingSummary s : summaries) {
      PingAttempt sample = sampleReply(o, s.target());
      if (PeerMatcher.matches(peer, s.target())
          || (sample != null
              && sample.nodeIp() != null
              && peer.tailscaleIps().contains(sample.nodeIp()))) {
        return s;
      }
    }
    return null;
  }

  private static boolean isReported(Observations o, PingSummary s, List<PeerStatus> reported) {
    PingAttempt sample = sampleReply(o, s.target());
    for (PeerStatus p : reported) {
      if (PeerMatcher.matches(p, s.target())
          || (sample != null
              && sample.nodeIp() != null
              && p.tailscaleIps().contains(sample.nodeIp()))) {
        return true;
      }
    }
    return false;
  }

  private static PingAttempt sampleReply(Observations o, String target) {
    PingAttempt last = null;
    for (PingAttempt a : o.pings()) {
      String t = a.target() == null ? "unknown" : a.target();
      if (t.equals(target) && a.isReply()) {
        last = a;
      }
    }
    return last;
  }
}
