package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.service.config.Deadlines;
import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.observation.PingOutcome;
import com.maemuki.bridgelink.service.observation.ProbeReading;
import com.maemuki.bridgelink.service.observation.SourceNames;
import com.maemuki.bridgelink.service.probe.IpLiteral;
import com.maemuki.bridgelink.service.probe.TcpProbe;
import com.maemuki.bridgelink.service.probe.TcpProbeResult;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Connects to every configured port of every matched peer, in parallel so one dead peer costs one
 * probe deadline, not one per port: reachability comes from these connects, which cost tailscaled
 * nothing. For a peer with a failed connect it may then ask a bounded LocalAPI ping, which
 * separates "peer unreachable" from "port closed" — never for a peer control reports offline (it
 * would go unanswered until its deadline), and no more often than {@link PingGate} allows.
 */
public final class ProbeSource extends ScheduledSource implements AutoCloseable {

  public static final String NAME = SourceNames.PROBES;

  private final Supplier<List<ProbeTarget>> targets;
  private final Supplier<Deadlines> deadlines;
  private final PeerPinger pinger;
  private final TcpProbe tcp;
  private final Clock clock;
  private final PingGate gate = new PingGate();
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
    super(NAME, interval);
    this.targets = targets;
    this.deadlines = deadlines;
    this.pinger = pinger;
    this.tcp = new TcpProbe(clock);
    this.clock = clock;
  }

  @Override
  public Duration deadline() {
    Deadlines d = deadlines.get();
    return d.probe().multipliedBy(2).plus(d.ping()).plusSeconds(1);
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
    List<Set<Integer>> failedPorts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ProbeTarget target = list.get(i);
      List<TcpProbeResult> ports = new ArrayList<>();
      for (Future<TcpProbeResult> f : pending.get(i)) {
        ports.add(f.get());
      }
      Set<Integer> failed = new TreeSet<>();
      ports.stream().filter(r -> !r.ok()).forEach(r -> failed.add(r.port()));
      PingOutcome reused = null;
      Future<PingOutcome> ping = null;
      if (failed.isEmpty() || target.offlineByControl() || pinger == null) {
        gate.forget(target.peer());
      } else {
        reused = gate.reuse(target.peer(), failed, clock.instant());
        if (reused == null) {
          ping = pool.submit(() -> pinger.ping(target.ip(), d.ping()));
        }
      }
      results.add(new PeerProbes(target.peer(), target.ip(), ports, reused));
      pings.add(ping);
      failedPorts.add(failed);
    }
    for (int i = 0; i < results.size(); i++) {
      if (pings.get(i) != null) {
        PeerProbes r = results.get(i);
        PingOutcome outcome = pings.get(i).get();
        gate.record(r.peer(), failedPorts.get(i), outcome, clock.instant());
        results.set(i, new PeerProbes(r.peer(), r.ip(), r.ports(), outcome));
      }
    }
    return new ProbeReading(clock.instant(), results);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
