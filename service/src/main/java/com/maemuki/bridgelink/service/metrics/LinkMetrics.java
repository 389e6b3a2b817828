package com.maemuki.bridgelink.service.metrics;

import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.MonitorListener;
import com.maemuki.bridgelink.service.monitor.PeerView;
import com.maemuki.bridgelink.service.monitor.ProbeView;
import com.maemuki.bridgelink.service.monitor.Snapshot;
import com.maemuki.bridgelink.service.monitor.Transition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link's metrics, updated from the monitor's events. Peer and finding gauges are {@link
 * MultiGauge}s re-registered from each snapshot, so a removed peer or cleared finding disappears
 * instead of freezing at its last value.
 */
public final class LinkMetrics implements MonitorListener {

  private static final List<String> PATHS =
      List.of("direct", "derp", "peer-relay", "idle", "unknown");

  private final MeterRegistry registry;
  private final GaugeRows peerReachable;
  private final GaugeRows peerOnline;
  private final GaugeRows peerLatency;
  private final GaugeRows peerPath;
  private final GaugeRows probeOk;
  private final GaugeRows probeLatency;
  private final GaugeRows findingsActive;
  private final GaugeRows overall;
  private final Timer cycle;
  private final Map<String, Timer> sourceDurations = new ConcurrentHashMap<>();
  private final Map<String, Counter> sourceErrors = new ConcurrentHashMap<>();

  public LinkMetrics(MeterRegistry registry) {
    this.registry = registry;
    peerReachable =
        rows(
            MultiGauge.builder("bridgelink.peer.reachable")
                .description("1 when every configured port of the peer answered the last probe")
                .register(registry));
    peerOnline =
        rows(
            MultiGauge.builder("bridgelink.peer.online")
                .description("1 when tailscaled reports the peer online")
                .register(registry));
    peerLatency =
        rows(
            MultiGauge.builder("bridgelink.peer.latency")
                .description("best TCP connect latency of the last probe round")
                .baseUnit("milliseconds")
                .register(registry));
    peerPath =
        rows(
            MultiGauge.builder("bridgelink.peer.path")
                .description(
                    "1 for the peer's current path (direct, derp, peer-relay, idle, unknown)")
                .register(registry));
    probeOk =
        rows(
            MultiGauge.builder("bridgelink.probe.ok")
                .description("1 when the last TCP connect to peer:port succeeded")
                .register(registry));
    probeLatency =
        rows(
            MultiGauge.builder("bridgelink.probe.latency")
                .description("last TCP connect latency to peer:port")
                .baseUnit("milliseconds")
                .register(registry));
    findingsActive =
        rows(
            MultiGauge.builder("bridgelink.findings.active")
                .description("raised findings by code and severity")
                .register(registry));
    overall =
        rows(
            MultiGauge.builder("bridgelink.overall")
                .description("1 for the link's overall state (ok, degraded, down)")
                .register(registry));
    cycle =
        Timer.builder("bridgelink.cycle.duration")
            .description("time to evaluate checks, damp findings and build the snapshot")
            .register(registry);
  }

  @Override
  public void onSnapshot(Snapshot snapshot) {
    Map<Tags, Double> reachable = new HashMap<>();
    Map<Tags, Double> online = new HashMap<>();
    Map<Tags, Double> latency = new HashMap<>();
    Map<Tags, Double> path = new HashMap<>();
    Map<Tags, Double> okRows = new HashMap<>();
    Map<Tags, Double> probeLatencyRows = new HashMap<>();
    for (PeerView p : snapshot.peers()) {
      Tags peer = Tags.of("peer", p.name());
      boolean allOk = !p.probes().isEmpty() && p.probes().stream().allMatch(ProbeView::ok);
      reachable.put(peer, allOk ? 1.0 : 0.0);
      if (p.online() != null) {
        online.put(peer, p.online() ? 1.0 : 0.0);
      }
      if (p.latencyMs() != null) {
        latency.put(peer, p.latencyMs());
      }
      for (String candidate : PATHS) {
        path.put(peer.and("path", candidate), candidate.equals(p.path()) ? 1.0 : 0.0);
      }
      for (ProbeView probe : p.probes()) {
        Tags port = peer.and("port", Integer.toString(probe.port()));
        okRows.put(port, probe.ok() ? 1.0 : 0.0);
        if (probe.latencyMs() != null && probe.ok()) {
          probeLatencyRows.put(port, probe.latencyMs());
        }
      }
    }
    peerReachable.update(reachable);
    peerOnline.update(online);
    peerLatency.update(latency);
    peerPath.update(path);
    probeOk.update(okRows);
    probeLatency.update(probeLatencyRows);

    Map<Tags, Double> findings = new HashMap<>();
    for (ActiveFinding f : snapshot.findings()) {
      findings.merge(
          Tags.of("code", f.finding().code().code(), "severity", f.finding().severity().wireName()),
          1.0,
          Double::sum);
    }
    findingsActive.update(findings);
    Map<Tags, Double> overallRows = new HashMap<>();
    for (String state : List.of("ok", "degraded", "down")) {
      overallRows.put(
          Tags.of("state", state), state.equals(snapshot.overall().wireName()) ? 1.0 : 0.0);
    }
    overall.update(overallRows);
  }

  private static GaugeRows rows(MultiGauge gauge) {
    return new GaugeRows(gauge);
  }

  @Override
  public void onTransition(Transition transition) {
    Counter.builder("bridgelink.transitions")
        .description("findings raised, cleared and changed")
        .tags(
            "kind",
            transition.kind().wireName(),
            "code",
            transition.finding().finding().code().code())
        .register(registry)
        .increment();
  }

  @Override
  public void onSourceRun(String source, Duration took, String failure) {
    // Sources run ~75 times a minute: look each meter up once, not through a builder per run
    // (a builder builds ids, tags and a distribution config every time, which an idle service
    // would pay for on every poll).
    sourceDurations
        .computeIfAbsent(
            source,
            s ->
                Timer.builder("bridgelink.source.duration")
                    .description("time one source run took")
                    .tags("source", s)
                    .register(registry))
        .record(took);
    if (failure != null) {
      sourceErrors
          .computeIfAbsent(
              source,
              s ->
                  Counter.builder("bridgelink.source.errors")
                      .description("failed source runs")
                      .tags("source", s)
                      .register(registry))
          .increment();
    }
  }

  @Override
  public void onEvaluation(Duration took) {
    cycle.record(took);
  }
}
