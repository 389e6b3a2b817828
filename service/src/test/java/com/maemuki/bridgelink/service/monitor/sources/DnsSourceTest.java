package com.maemuki.bridgelink.service.monitor.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.check.live.PeerNameCheck;
import com.maemuki.bridgelink.service.config.DnsConfig;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.UnixSocketDialer;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.testkit.dns.LoopbackDnsServer;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SimulatedTailnet;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsSourceTest {

  @TempDir Path dir;

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
              () -> Duration.ofSeconds(1),
              () -> MagicDnsAccess.via("127.0.0.10"));
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

  /** Issue 11 point 11: Tailscale's resolver only through Tailscale. */
  @Test
  void tailscalesResolverIsAskedFromOurTailscaleIpAndOnlyWhenAllowed() throws Exception {
    try (LoopbackDnsServer os = new LoopbackDnsServer(InetAddress.getByName("127.0.0.53"));
        LoopbackDnsServer magic = new LoopbackDnsServer(InetAddress.getByName("127.0.0.54"))) {
      magic.put("peer.tail1.ts.net", List.of(InetAddress.getByName("100.64.0.2")));
      List<ProbeTarget> targets =
          List.of(
              new ProbeTarget(
                  "peer", "100.64.0.2", "peer.tail1.ts.net", List.of("100.64.0.2"), List.of()));
      AtomicReference<MagicDnsAccess> access =
          new AtomicReference<>(MagicDnsAccess.skip("Tailscale is NeedsLogin"));
      DnsSource source =
          new DnsSource(
              () -> targets,
              () -> new DnsConfig(os.addressText(), magic.addressText()),
              () -> Duration.ofSeconds(30),
              () -> Duration.ofSeconds(1),
              access::get);
      DnsReading.PeerDns skipped = ((DnsReading) source.collect()).peer("peer");
      assertThat(magic.udpQueries()).isZero();
      assertThat(skipped.magicDns()).isNull();
      assertThat(skipped.magicDnsNotAsked()).isEqualTo("Tailscale is NeedsLogin");
      assertThat(new PeerNameCheck().check(new DnsReading(List.of(skipped))).get(0).detail())
          .contains("Tailscale DNS was not asked: Tailscale is NeedsLogin");

      access.set(MagicDnsAccess.via("127.0.0.10")); // this machine's Tailscale IP in the lab
      DnsReading.PeerDns asked = ((DnsReading) source.collect()).peer("peer");
      assertThat(asked.magicDnsMatches()).isTrue();
      assertThat(magic.lastUdpClient()).isEqualTo(InetAddress.getByName("127.0.0.10"));
    }
  }

  @Test
  void magicDnsIsAllowedOnlyWhileRunningWithMagicDnsOn() throws Exception {
    SimulatedTailnet tailnet = new SimulatedTailnet("bridge-pc", "100.64.0.10");
    assertThat(MagicDnsAccess.of(status(tailnet))).isEqualTo(MagicDnsAccess.via("100.64.0.10"));
    tailnet.magicDns(false);
    assertThat(MagicDnsAccess.of(status(tailnet)).notAsked())
        .isEqualTo("MagicDNS is off for this tailnet");
    tailnet.magicDns(true);
    tailnet.needsLogin();
    assertThat(MagicDnsAccess.of(status(tailnet)).allowed()).isFalse();
    tailnet.running();
    tailnet.stopped();
    assertThat(MagicDnsAccess.of(status(tailnet)).notAsked()).startsWith("Tailscale is Stopped");
    assertThat(MagicDnsAccess.of(null).allowed()).isFalse();
  }

  private Status status(SimulatedTailnet tailnet) throws Exception {
    try (LocalApiSimulator sim = LocalApiSimulator.start(dir.resolve("ts.sock"), tailnet)) {
      return StatusJsonParser.parse(
          new LocalApiClient(new UnixSocketDialer(sim.socketPath())).status());
    }
  }
}
