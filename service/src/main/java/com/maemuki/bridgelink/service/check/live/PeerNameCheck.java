package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCase;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.probe.DnsAnswer;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code peer-name-unresolved}: the peer's MagicDNS name does not resolve to its Tailscale IP with
 * this machine's resolver. Asking 100.100.100.100 directly says which half is broken: MagicDNS
 * knows the name (this machine does not use Tailscale DNS) or does not (the tailnet's DNS).
 */
public final class PeerNameCheck implements Check {

  @Override
  public String name() {
    return "peer-name";
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.live() == null || o.status() == null) {
      return List.of();
    }
    return check(o.live().dns(), o.prefs());
  }

  public List<Finding> check(DnsReading reading) {
    return check(reading, null);
  }

  /**
   * @param prefs this machine's Tailscale preferences, or null when unknown: accept-dns is offered
   *     only where it can help — MagicDNS knows the name and DNS is not known to be accepted
   *     already
   */
  public List<Finding> check(DnsReading reading, Prefs prefs) {
    boolean dnsAccepted = prefs != null && Boolean.TRUE.equals(prefs.corpDns());
    if (reading == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (DnsReading.PeerDns peer : reading.peers()) {
      if (peer.osMatches()) {
        continue;
      }
      String detail =
          peer.name()
              + " should resolve to "
              + String.join(", ", peer.expected())
              + ". This machine's resolver: "
              + answer(peer.os())
              + ". "
              + (peer.magicDns() == null
                  ? "Tailscale DNS was not asked: "
                      + (peer.magicDnsNotAsked() == null ? "not allowed" : peer.magicDnsNotAsked())
                      + "."
                  : "Tailscale DNS ("
                      + peer.magicDns().resolver()
                      + "): "
                      + answer(peer.magicDns())
                      + (peer.magicDnsMatches()
                          ? " — MagicDNS knows the name, so this machine is not using Tailscale"
                              + " DNS."
                          : " — MagicDNS does not know it either."));
      boolean acceptDnsHelps = peer.magicDnsMatches() && !dnsAccepted;
      if (acceptDnsHelps) {
        findings.add(Finding.of(FindingCode.PEER_NAME_UNRESOLVED, peer.peer(), detail));
      } else {
        FindingCase which =
            peer.magicDnsMatches()
                ? FindingCase.NAME_RESOLVER_OVERRIDDEN
                : FindingCase.NAME_UNKNOWN_TO_MAGICDNS;
        findings.add(
            which.raise(
                peer.peer(),
                detail + (dnsAccepted ? " Tailscale DNS is accepted on this machine." : "")));
      }
    }
    return findings;
  }

  private static String answer(DnsAnswer a) {
    if (a == null) {
      return "not asked";
    }
    if (a.error() != null) {
      return a.error();
    }
    return String.join(", ", a.addresses());
  }
}
