package com.maemuki.bridgelink.testkit.localapi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Ready-made tailnets. {@link #office()} mirrors the shared fixture {@code
 * status_localapi_windows_running_8-peers…}: one peer on each kind of path and in each trouble a
 * monitor has to recognise, with key expiries relative to now so they stay meaningful.
 */
public final class SampleTailnet {

  public static final long OPS_USER = 4120318833192417L;
  public static final long BOB_USER = 6610447120938811L;
  public static final long CI_OWNER = 2891003374655120L;

  private SampleTailnet() {}

  /**
   * The Windows bridge OPS-WS-017 and six peers: direct, DERP, offline, expired, peer relay, shared
   * in.
   */
  public static SimulatedTailnet office() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SimulatedTailnet t = new SimulatedTailnet("OPS-WS-017", "100.87.14.52");
    t.self()
        .id("nQ7vR2sT8w11CNTRL")
        .nodeId(5512093381204477L)
        .tailscaleIps(List.of("100.87.14.52", "fd7a:115c:a1e0::c901:e34"))
        .relay("fra")
        .keyExpiry(now.plus(Duration.ofDays(160)));
    t.user(BOB_USER, "bob@example.com", "Bob Example");
    t.user(CI_OWNER, "ci-owner@example.org", "CI Owner");
    t.addPeer("fileserver", "100.101.7.9")
        .tailscaleIps(List.of("100.101.7.9", "fd7a:115c:a1e0::8a01:709"))
        .relay("fra")
        .direct("203.0.113.77:41641")
        .traffic(48213990, 9402551)
        .pingLatencyMillis(11)
        .keyExpiry(now.plus(Duration.ofDays(90)));
    t.addPeer("laptop-bob", "100.96.200.3")
        .tailscaleIps(List.of("100.96.200.3", "fd7a:115c:a1e0::1f01:c803"))
        .os("macOS")
        .userId(BOB_USER)
        .relayed("ams")
        .pingLatencyMillis(44)
        .keyExpiry(now.plus(Duration.ofDays(120)));
    t.addPeer("localhost", "100.70.33.21")
        .dnsName("pixel-8.tail4e2b9c.ts.net.")
        .tailscaleIps(List.of("100.70.33.21", "fd7a:115c:a1e0::5101:2115"))
        .os("android")
        .relay("fra")
        .offline(now.minus(Duration.ofHours(40)))
        .keyExpiry(now.plus(Duration.ofDays(130)));
    t.addPeer("old-nas", "100.113.2.44")
        .tailscaleIps(List.of("100.113.2.44", "fd7a:115c:a1e0::d801:22c"))
        .offline(now.minus(Duration.ofDays(20)))
        .expired(true)
        .keyExpiry(now.minus(Duration.ofDays(20)));
    t.addPeer("branch-gw", "100.99.120.5")
        .tailscaleIps(List.of("100.99.120.5", "fd7a:115c:a1e0::6301:7805"))
        .relay("waw")
        .viaPeerRelay("198.51.100.200:7777:vni:12")
        .pingLatencyMillis(31)
        .keyExpiry(now.plus(Duration.ofDays(40)));
    t.addPeer("build-runner", "100.88.42.17")
        .dnsName("build-runner.tail9c1d33.ts.net.")
        .userId(CI_OWNER)
        .altSharerUserId(BOB_USER)
        .tags(List.of("tag:ci"))
        .relay("nyc");
    return t;
  }
}
