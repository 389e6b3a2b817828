package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.config.Deadlines;
import com.maemuki.bridgelink.service.observation.LocalPortReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.service.probe.IpLiteral;
import com.maemuki.bridgelink.service.probe.TcpProbe;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Is the application listening where the peers connect? A connect to this machine's own Tailscale
 * IP on each local port: it goes through the local stack (not the firewall's inbound path on every
 * OS), so it answers "listening on the tailnet address", and the firewall evaluation is separate.
 */
public final class LocalPortSource extends ScheduledSource {

  public static final String NAME = SourceNames.LOCAL_PORTS;

  private final Supplier<String> selfIp;
  private final Supplier<List<Integer>> ports;
  private final Supplier<Deadlines> deadlines;
  private final TcpProbe tcp;

  public LocalPortSource(
      Supplier<String> selfIp,
      Supplier<List<Integer>> ports,
      Supplier<Duration> interval,
      Supplier<Deadlines> deadlines,
      Clock clock) {
    super(NAME, interval);
    this.selfIp = selfIp;
    this.ports = ports;
    this.deadlines = deadlines;
    this.tcp = new TcpProbe(clock);
  }

  @Override
  public Duration deadline() {
    // Local connects answer at once (listening or refused); a deadline per port is the worst case.
    return deadlines.get().probe().multipliedBy(Math.max(1, ports.get().size())).plusSeconds(1);
  }

  @Override
  public Object collect() {
    String ip = selfIp.get();
    InetAddress address = ip == null ? null : IpLiteral.parse(ip);
    if (address == null) {
      return new LocalPortReading(null, List.of());
    }
    List<TcpProbeResult> results = new ArrayList<>();
    for (int port : ports.get()) {
      results.add(tcp.probe(address, port, deadlines.get().probe()));
    }
    return new LocalPortReading(ip, results);
  }
}
