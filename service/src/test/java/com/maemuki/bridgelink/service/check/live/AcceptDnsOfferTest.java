package com.maemuki.bridgelink.service.check.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.probe.DnsAnswer;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code accept-dns} is offered for an unresolved peer name only where it can help: MagicDNS knows
 * the name and this machine does not already accept Tailscale DNS. Elsewhere the finding stays,
 * with a remedy that fits and no repair that would report a fix it cannot make.
 */
class AcceptDnsOfferTest {

  private static final Prefs DNS_ACCEPTED =
      new Prefs(null, null, null, true, true, false, false, true, "here", null, null);
  private static final Prefs DNS_OFF =
      new Prefs(null, null, null, false, true, false, false, true, "here", null, null);

  private static DnsReading unresolved(boolean magicDnsKnowsIt) {
    return new DnsReading(
        List.of(
            new DnsReading.PeerDns(
                "peer",
                "peer.tail1.ts.net",
                List.of("100.64.0.2"),
                new DnsAnswer("system", "peer.tail1.ts.net", List.of(), "name not found"),
                new DnsAnswer(
                    "100.100.100.100:53",
                    "peer.tail1.ts.net",
                    magicDnsKnowsIt ? List.of("100.64.0.2") : List.of(),
                    magicDnsKnowsIt ? null : "name not found"))));
  }

  @Test
  void offeredWhenMagicDnsKnowsTheNameAndDnsIsNotAccepted() {
    Finding f = new PeerNameCheck().check(unresolved(true), DNS_OFF).get(0);
    assertThat(f.repair()).isEqualTo("accept-dns");
  }

  @Test
  void notOfferedWhileDnsIsAlreadyAccepted() {
    Finding f = new PeerNameCheck().check(unresolved(true), DNS_ACCEPTED).get(0);
    assertThat(f.repair()).isNull();
    assertThat(f.remedy()).contains("already accepted");
    assertThat(f.detail()).contains("Tailscale DNS is accepted on this machine");
  }

  @Test
  void notOfferedWhenMagicDnsDoesNotKnowTheNameEither() {
    Finding f = new PeerNameCheck().check(unresolved(false), DNS_OFF).get(0);
    assertThat(f.repair()).isNull();
    assertThat(f.remedy()).contains("MagicDNS does not know this name");
  }
}
