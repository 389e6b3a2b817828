package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code peer-port-unreachable} (a configured port on an online peer does not accept a connect),
 * and the faster {@code peer-offline}: control reports a peer offline some 15 s late, while a
 * failed connect plus a LocalAPI ping that gets no answer says so now. A peer that control already
 * lists offline, or that is not in the tailnet, is left to those checks.
 */
public final class PeerPortCheck implements Check {

  @Override
  public String name() {
    return "peer-port";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null) {
      return List.of();
    }
    return check(o.live().probes(), o.live().matchedPeers()::get);
  }

  /**
   * @param peerStatus the tailnet's view of a configured peer by name, or null when not matched
   */
  public List<Finding> check(ProbeReading probes, Function<String, PeerStatus> peerStatus) {
    if (probes == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (PeerProbes peer : probes.peers()) {
      PeerStatus status = peerStatus.apply(peer.peer());
      if (status == null || peer.ip() == null || Boolean.FALSE.equals(status.online())) {
        continue;
      }
      List<TcpProbeResult> failed = peer.ports().stream().filter(r -> !r.ok()).toList();
      if (failed.isEmpty()) {
        continue;
      }
      PingOutcome ping = peer.ping();
      boolean allFailed = failed.size() == peer.ports().size();
      if (ping != null && !ping.replied() && allFailed) {
        findings.add(
            Finding.of(
                FindingCode.PEER_OFFLINE,
                peer.peer(),
                String.format(
                    Locale.ROOT,
                    "%s (%s) does not answer: %s, and a Tailscale ping got no reply (%s)."
                        + " Control still lists it online; it will follow in about 15 s.",
                    peer.peer(),
                    peer.ip(),
                    describe(failed),
                    ping.error())));
        continue;
      }
      for (TcpProbeResult r : failed) {
        findings.add(
            Finding.of(
                FindingCode.PEER_PORT_UNREACHABLE,
                peer.peer() + ":" + r.port(),
                String.format(
                    Locale.ROOT,
                    "TCP %s:%d: %s.%s",
                    peer.ip(),
                    r.port(),
                    r.error(),
                    pingNote(ping))));
      }
    }
    return findings;
  }

  private static String describe(List<TcpProbeResult> failed) {
    List<String> parts = new ArrayList<>();
    for (TcpProbeResult r : failed) {
      parts.add("port " + r.port() + " " + r.error());
    }
    return String.join(", ", parts);
  }

  private static String pingNote(PingOutcome ping) {
    if (ping == null) {
      return "";
    }
    if (ping.replied()) {
      String via = ping.via() == null ? "" : " via " + ping.via();
      String latency =
          ping.latencyMs() == null
              ? ""
              : String.format(Locale.ROOT, " in %.0f ms", ping.latencyMs());
      return " The peer answers a Tailscale "
          + ping.type()
          + " ping"
          + via
          + latency
          + ", so the link works: the application is not listening or its firewall blocks the port.";
    }
    return " A Tailscale ping got no reply either (" + ping.error() + ").";
  }
}
