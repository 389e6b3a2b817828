package com.maemuki.bridgelink.service.check.live;

import com.maemuki.bridgelink.service.check.Check;
import com.maemuki.bridgelink.service.check.Observations;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.probe.DnsAnswer;
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
    return check(o.live().dns());
  }

  public List<Finding> check(DnsReading reading) {
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
              + ". Tailscale DNS ("
              + peer.magicDns().resolver()
              + "): "
              + answer(peer.magicDns())
              + (peer.magicDnsMatches()
                  ? " — MagicDNS knows the name, so this machine is not using Tailscale DNS."
                  : " — MagicDNS does not know it either.");
      findings.add(Finding.of(FindingCode.PEER_NAME_UNRESOLVED, peer.peer(), detail));
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
