package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.PeerMatcher;
import com.maemuki.bridgelink.tailscale.model.PeerPresence;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingSummary;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code tailscale ping} transcript says when nothing came back (cmd/tailscale/cli/ping.go):
 * every ping to a target timed out ({@code no reply}) → {@code peer-unreachable}; the target's name
 * did not resolve ({@code error looking up IP of "x": lookup x: no such host}: the CLI finds no
 * peer of that name in the netmap and the OS resolver does not know it either) → {@code
 * peer-name-unresolved}. A target the status already reports offline, or this machine not running,
 * is left to those findings.
 */
public final class PingUnansweredCheck implements Check {

  private static final String LOOKUP_ERROR = "error looking up IP of";

  @Override
  public String name() {
    return "ping-unanswered";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    List<Finding> out = new ArrayList<>();
    for (PingSummary s : PingTranscript.summarize(o.pings())) {
      if (s.replies() > 0 || s.target() == null || s.target().equals("unknown")) {
        continue;
      }
      Optional<String> lookup = lookupError(o, s.target());
      if (lookup.isPresent()) {
        out.add(
            Finding.of(
                FindingCode.PEER_NAME_UNRESOLVED,
                subject(o, s.target()),
                "tailscale ping "
                    + s.target()
                    + ": "
                    + lookup.get()
                    + ". No node of this tailnet is called '"
                    + s.target()
                    + "' and DNS does not know the name: it is misspelt, the computer is not (or no"
                    + " longer) shared with this tailnet, or MagicDNS is off or its DNS not"
                    + " accepted here."));
        continue;
      }
      if (s.timeouts() == 0 || leftToOtherChecks(o, s.target())) {
        continue;
      }
      out.add(
          Finding.of(
              FindingCode.PEER_UNREACHABLE,
              subject(o, s.target()),
              s.target()
                  + " is unreachable: all "
                  + s.timeouts()
                  + " Tailscale pings timed out (no reply)."));
    }
    return out;
  }

  private static Optional<String> lookupError(Observations o, String target) {
    for (PingAttempt a : o.pings()) {
      if (target.equals(a.target()) && a.error() != null && a.error().startsWith(LOOKUP_ERROR)) {
        return Optional.of(a.error());
      }
    }
    return Optional.empty();
  }

  /** This machine is not running, or the status already calls the target offline. */
  private static boolean leftToOtherChecks(Observations o, String target) {
    if (o.status() == null || !o.status().listsPeers()) {
      return false;
    }
    if (!o.status().peersCurrent()) {
      return true;
    }
    return PeerMatcher.findReachable(o.status().peerList(), target)
        .map(PeerStatus::presence)
        .filter(p -> p == PeerPresence.OFFLINE)
        .isPresent();
  }

  private static String subject(Observations o, String target) {
    for (String spec : o.watchedPeers()) {
      if (PeerScope.sameNode(o, spec, target, null)) {
        return spec;
      }
    }
    return target;
  }
}
