package com.maemuki.bridgelink.service.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.dns.LoopbackDnsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DnsResolverTest {

  private LoopbackDnsServer server;
  private DirectNameResolver resolver;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackDnsServer(InetAddress.getByName("127.0.0.53"));
    resolver = new DirectNameResolver(server.address());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void resolvesAAndAaaaAtARealServer() throws Exception {
    server.put(
        "bridge-peer.tail1234.ts.net",
        List.of(
            InetAddress.getByName("100.101.102.103"), InetAddress.getByName("fd7a:115c:a1e0::1")));
    DnsAnswer a = resolver.resolve("bridge-peer.tail1234.ts.net", Duration.ofSeconds(2));
    assertThat(a.resolved()).isTrue();
    assertThat(a.error()).isNull();
    assertThat(a.addresses()).containsExactly("100.101.102.103", "fd7a:115c:a1e0:0:0:0:0:1");
    assertThat(a.matchesAny(List.of("fd7a:115c:a1e0::1"))).isTrue();
    assertThat(a.matchesAny(List.of("100.64.0.1"))).isFalse();
    assertThat(a.resolver()).isEqualTo(server.addressText());
  }

  @Test
  void unknownNameIsNxdomain() {
    DnsAnswer a = resolver.resolve("nobody.tail1234.ts.net", Duration.ofSeconds(2));
    assertThat(a.resolved()).isFalse();
    assertThat(a.error()).isEqualTo("name not found (NXDOMAIN)");
  }

  @Test
  void silentServerRunsIntoTheDeadline() {
    server.setSilent(true);
    DnsAnswer a = resolver.resolve("bridge-peer", Duration.ofMillis(300));
    assertThat(a.resolved()).isFalse();
    assertThat(a.error()).isEqualTo("no answer within 300 ms");
  }

  @Test
  void truncatedUdpAnswerIsRetriedOverTcp() throws Exception {
    server.put("bridge-peer.tail1234.ts.net", List.of(InetAddress.getByName("100.101.102.103")));
    server.setTruncateUdp(true);
    DnsAnswer a = resolver.resolve("bridge-peer.tail1234.ts.net", Duration.ofSeconds(2));
    assertThat(a.error()).isNull();
    assertThat(a.addresses()).containsExactly("100.101.102.103");
    assertThat(server.tcpQueries()).as("A and AAAA each retried over TCP").isEqualTo(2);
  }

  @Test
  void aStrayAnswerWithAnotherIdIsSkipped() throws Exception {
    server.put("bridge-peer.tail1234.ts.net", List.of(InetAddress.getByName("100.101.102.103")));
    server.setStrayAnswerFirst(true);
    DnsAnswer a = resolver.resolve("bridge-peer.tail1234.ts.net", Duration.ofSeconds(2));
    assertThat(a.error()).isNull();
    assertThat(a.addresses()).containsExactly("100.101.102.103");
  }

  @Test
  void noServerAtTheAddressIsSaidPlainly() throws Exception {
    InetSocketAddress nobody = server.address();
    String where = server.addressText();
    server.close(); // the port now answers ICMP "port unreachable" (or nothing at all)
    DnsAnswer a = new DirectNameResolver(nobody).resolve("bridge-peer", Duration.ofMillis(500));
    assertThat(a.resolved()).isFalse();
    assertThat(a.error()).isIn("nothing answers DNS at " + where, "no answer within 500 ms");
  }

  @Test
  void queriesRunOnTheCallingThreadWithoutAHelperThread() throws Exception {
    server.put("bridge-peer.tail1234.ts.net", List.of(InetAddress.getByName("100.101.102.103")));
    resolver.resolve("bridge-peer.tail1234.ts.net", Duration.ofSeconds(2));
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .noneMatch(name -> name.startsWith("dnsjava NIO") || name.equals("dns-completion"));
  }

  @Test
  void osResolverResolvesLocalhostAndReportsUnknownNames() {
    OsNameResolver os = new OsNameResolver();
    DnsAnswer local = os.resolve("localhost", Duration.ofSeconds(2));
    assertThat(local.resolved()).isTrue();
    assertThat(local.addresses())
        .anyMatch(ip -> ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"));
    DnsAnswer literal = os.resolve("127.0.0.9", Duration.ofSeconds(2));
    assertThat(literal.addresses()).containsExactly("127.0.0.9");
  }
}
