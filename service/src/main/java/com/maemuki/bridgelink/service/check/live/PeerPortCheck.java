package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import com.maemuki.bridgelink.tailscale.model.PeerPresence;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A configured port on a peer that does not accept a connect: {@code peer-port-closed} when the
 * connect was refused (the peer's OS answered: nothing listens), {@code peer-port-unreachable} when
 * it timed out (a SYN dropped by the peer's firewall, the tailnet's ACLs or the peer's shields-up:
 * tailscaled drops a filtered packet without a reply to the sender). Also the faster {@code
 * peer-offline}: control reports a peer offline some 15 s late, or not at all ({@code Online}
 * unknown), while failed connects plus a LocalAPI ping without an answer say so now. A peer control
 * already reports offline, a sharee, or one not in the tailnet is left to those checks, and no peer
 * is judged while this machine is not Running in a map poll.
 */
public final class PeerPortCheck implements Check {

  @Override
  public String name() {
    return "peer-port";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null || (o.status() != null && !o.status().peersCurrent())) {
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
      if (status == null
          || peer.ip() == null
          || status.shareeNode()
          || status.presence() == PeerPresence.OFFLINE) {
        continue;
      }
      // No local route is this machine's passing state, not evidence about the peer.
      List<TcpProbeResult> failed =
          peer.ports().stream()
              .filter(r -> !r.ok() && r.outcome() != TcpOutcome.NO_LOCAL_ROUTE)
              .toList();
      if (failed.isEmpty()) {
        continue;
      }
      PingOutcome ping = peer.ping();
      boolean allFailed =
          failed.size()
              == peer.ports().stream()
                  .filter(r -> r.outcome() != TcpOutcome.NO_LOCAL_ROUTE)
                  .count();
      boolean anyRefused = failed.stream().anyMatch(r -> r.outcome() == TcpOutcome.REFUSED);
      if (ping != null && !ping.replied() && allFailed && !anyRefused) {
        findings.add(
            Finding.of(
                FindingCode.PEER_OFFLINE,
                peer.peer(),
                String.format(
                    Locale.ROOT,
                    "%s (%s) does not answer: %s, and a Tailscale ping got no reply (%s). %s",
                    peer.peer(),
                    peer.ip(),
                    describe(failed),
                    ping.error(),
                    status.presence() == PeerPresence.ONLINE
                        ? "Control still lists it online; it will follow in about 15 s."
                        : "Control does not say whether it is online; this is our own probe.")));
        continue;
      }
      for (TcpProbeResult r : failed) {
        findings.add(portFinding(peer, r, ping));
      }
    }
    return findings;
  }

  private static Finding portFinding(PeerProbes peer, TcpProbeResult r, PingOutcome ping) {
    String subject = peer.peer() + ":" + r.port();
    String head = String.format(Locale.ROOT, "TCP %s:%d: %s.", peer.ip(), r.port(), r.error());
    if (r.outcome() == TcpOutcome.REFUSED) {
      return Finding.of(
          FindingCode.PEER_PORT_CLOSED,
          subject,
          head
              + " The peer answered, so the link works: nothing listens on port "
              + r.port()
              + " there (the application is not running, or uses another port or address).");
    }
    String why =
        r.outcome() == TcpOutcome.TIMEOUT
            ? " The connection was dropped without an answer: the peer's firewall, the tailnet's"
                + " ACLs, or the peer's shields-up setting blocks port "
                + r.port()
                + "."
            : "";
    return Finding.of(FindingCode.PEER_PORT_UNREACHABLE, subject, head + why + pingNote(ping));
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
          + ", so the link itself works.";
    }
    return " A Tailscale ping got no reply either (" + ping.error() + ").";
  }
}
