package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.config.DnsConfig;
import com.maemuki.bridgelink.service.config.ServerAddress;
import com.maemuki.bridgelink.service.observation.DnsReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.service.probe.DirectNameResolver;
import com.maemuki.bridgelink.service.probe.DnsAnswer;
import com.maemuki.bridgelink.service.probe.IpLiteral;
import com.maemuki.bridgelink.service.probe.NameResolver;
import com.maemuki.bridgelink.service.probe.OsNameResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Resolves each matched peer's MagicDNS name with the OS resolver and directly at Tailscale's
 * resolver, to compare with the peer's Tailscale IPs. Tailscale's resolver is asked only while
 * {@link MagicDnsAccess} allows it (Running, MagicDNS on), from this machine's Tailscale IP;
 * otherwise its answer is "not asked" with the reason. Both resolvers come from the config, so
 * tests point them at a DNS server on loopback.
 */
public final class DnsSource extends ScheduledSource {

  public static final String NAME = SourceNames.DNS;

  private final Supplier<List<ProbeTarget>> targets;
  private final Supplier<DnsConfig> config;
  private final Supplier<Duration> deadline;
  private final Supplier<MagicDnsAccess> access;
  private final OsNameResolver system = new OsNameResolver();

  public DnsSource(
      Supplier<List<ProbeTarget>> targets,
      Supplier<DnsConfig> config,
      Supplier<Duration> interval,
      Supplier<Duration> deadline,
      Supplier<MagicDnsAccess> access) {
    super(NAME, interval);
    this.targets = targets;
    this.config = config;
    this.deadline = deadline;
    this.access = access;
  }

  @Override
  public Duration deadline() {
    int names = Math.max(1, targets.get().size());
    return deadline.get().multipliedBy(2L * names).plusSeconds(1);
  }

  @Override
  public Object collect() {
    DnsConfig dns = config.get();
    NameResolver os =
        dns.usesSystemResolver()
            ? system
            : new DirectNameResolver(ServerAddress.parse(dns.osResolver(), 53));
    MagicDnsAccess tailscale = access.get();
    NameResolver magic =
        tailscale.allowed()
            ? new DirectNameResolver(
                ServerAddress.parse(dns.magicDnsServer(), 53),
                IpLiteral.parse(tailscale.sourceIp()))
            : null;
    List<DnsReading.PeerDns> peers = new ArrayList<>();
    for (ProbeTarget t : targets.get()) {
      if (t.dnsName() == null || t.dnsName().isEmpty() || t.ips().isEmpty()) {
        continue; // not matched in the tailnet: nothing to compare against
      }
      DnsAnswer osAnswer = os.resolve(t.dnsName(), deadline.get());
      DnsAnswer magicAnswer = magic == null ? null : magic.resolve(t.dnsName(), deadline.get());
      peers.add(
          new DnsReading.PeerDns(
              t.peer(), t.dnsName(), t.ips(), osAnswer, magicAnswer, tailscale.notAsked()));
    }
    return new DnsReading(peers);
  }
}
