package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.config.Deadlines;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.probe.IpLiteral;
import com.maemuki.bridgelink.service.probe.TcpProbe;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Connects to every configured port of every matched peer, in parallel so one dead peer costs one
 * probe deadline, not one per port. For a peer with a failed connect it then asks a bounded
 * LocalAPI ping, which separates "peer unreachable" from "port closed".
 */
public final class ProbeSource implements Source, AutoCloseable {

  public static final String NAME = "probes";

  private final Supplier<List<ProbeTarget>> targets;
  private final Supplier<Duration> interval;
  private final Supplier<Deadlines> deadlines;
  private final PeerPinger pinger;
  private final TcpProbe tcp;
  private final Clock clock;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "tcp-probe");
            t.setDaemon(true);
            return t;
          });

  public ProbeSource(
      Supplier<List<ProbeTarget>> targets,
      Supplier<Duration> interval,
      Supplier<Deadlines> deadlines,
      PeerPinger pinger,
      Clock clock) {
    this.targets = targets;
    this.interval = interval;
    this.deadlines = deadlines;
    this.pinger = pinger;
    this.tcp = new TcpProbe(clock);
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Duration interval() {
    return interval.get();
  }

  @Override
  public Duration deadline() {
    Deadlines d = deadlines.get();
    return d.probe().multipliedBy(2).plus(d.ping().multipliedBy(2)).plusSeconds(1);
  }

  @Override
  public Object collect() throws Exception {
    Deadlines d = deadlines.get();
    List<ProbeTarget> list = targets.get();
    List<List<Future<TcpProbeResult>>> pending = new ArrayList<>();
    for (ProbeTarget target : list) {
      List<Future<TcpProbeResult>> futures = new ArrayList<>();
      InetAddress address = target.ip() == null ? null : IpLiteral.parse(target.ip());
      if (address != null) {
        for (int port : target.ports()) {
          futures.add(pool.submit(() -> tcp.probe(address, port, d.probe())));
        }
      }
      pending.add(futures);
    }
    List<PeerProbes> results = new ArrayList<>();
    List<Future<PingOutcome>> pings = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ProbeTarget target = list.get(i);
      List<TcpProbeResult> ports = new ArrayList<>();
      for (Future<TcpProbeResult> f : pending.get(i)) {
        ports.add(f.get());
      }
      results.add(new PeerProbes(target.peer(), target.ip(), ports, null));
      boolean failed = ports.stream().anyMatch(r -> !r.ok());
      pings.add(
          failed && pinger != null ? pool.submit(() -> pinger.ping(target.ip(), d.ping())) : null);
    }
    for (int i = 0; i < results.size(); i++) {
      if (pings.get(i) != null) {
        PeerProbes r = results.get(i);
        results.set(i, new PeerProbes(r.peer(), r.ip(), r.ports(), pings.get(i).get()));
      }
    }
    return new ProbeReading(clock.instant(), results);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
