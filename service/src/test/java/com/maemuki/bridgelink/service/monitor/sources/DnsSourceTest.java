package com.maemuki.bridgelink.service.monitor.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.DnsConfig;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.testkit.dns.LoopbackDnsServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsSourceTest {

  @Test
  void comparesBothResolversWithThePeersTailscaleIps() throws Exception {
    try (LoopbackDnsServer os = new LoopbackDnsServer(InetAddress.getByName("127.0.0.53"));
        LoopbackDnsServer magic = new LoopbackDnsServer(InetAddress.getByName("127.0.0.54"))) {
      magic.put("peer.tail1.ts.net", List.of(InetAddress.getByName("100.64.0.2")));
      os.put("peer.tail1.ts.net", List.of(InetAddress.getByName("192.0.2.7"))); // stale answer
      List<ProbeTarget> targets =
          List.of(
              new ProbeTarget(
                  "peer", "100.64.0.2", "peer.tail1.ts.net", List.of("100.64.0.2"), List.of()),
              new ProbeTarget("unmatched", null, null, List.of(), List.of()));
      DnsSource source =
          new DnsSource(
              () -> targets,
              () -> new DnsConfig(os.addressText(), magic.addressText()),
              () -> Duration.ofSeconds(30),
              () -> Duration.ofSeconds(1));
      DnsReading reading = (DnsReading) source.collect();
      assertThat(reading.peers()).hasSize(1);
      DnsReading.PeerDns peer = reading.peer("peer");
      assertThat(peer.magicDnsMatches()).isTrue();
      assertThat(peer.osMatches()).isFalse();
      assertThat(peer.os().addresses()).containsExactly("192.0.2.7");

      os.put("peer.tail1.ts.net", List.of(InetAddress.getByName("100.64.0.2")));
      assertThat(((DnsReading) source.collect()).peer("peer").osMatches()).isTrue();
      os.remove("peer.tail1.ts.net");
      DnsReading.PeerDns gone = ((DnsReading) source.collect()).peer("peer");
      assertThat(gone.osMatches()).isFalse();
      assertThat(gone.os().error()).isEqualTo("name not found (NXDOMAIN)");
    }
  }
}
