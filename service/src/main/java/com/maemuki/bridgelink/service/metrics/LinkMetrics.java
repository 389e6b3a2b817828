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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The link's metrics, updated from the monitor's events. Peer and finding gauges are {@link
 * MultiGauge}s re-registered from each snapshot, so a removed peer or cleared finding disappears
 * instead of freezing at its last value.
 */
public final class LinkMetrics implements MonitorListener {

  private static final List<String> PATHS =
      List.of("direct", "derp", "peer-relay", "idle", "unknown");

  private final MeterRegistry registry;
  private final MultiGauge peerReachable;
  private final MultiGauge peerOnline;
  private final MultiGauge peerLatency;
  private final MultiGauge peerPath;
  private final MultiGauge probeOk;
  private final MultiGauge probeLatency;
  private final MultiGauge findingsActive;
  private final MultiGauge overall;
  private final Timer cycle;

  public LinkMetrics(MeterRegistry registry) {
    this.registry = registry;
    peerReachable =
        MultiGauge.builder("bridgelink.peer.reachable")
            .description("1 when every configured port of the peer answered the last probe")
            .register(registry);
    peerOnline =
        MultiGauge.builder("bridgelink.peer.online")
            .description("1 when tailscaled reports the peer online")
            .register(registry);
    peerLatency =
        MultiGauge.builder("bridgelink.peer.latency")
            .description("best TCP connect latency of the last probe round")
            .baseUnit("milliseconds")
            .register(registry);
    peerPath =
        MultiGauge.builder("bridgelink.peer.path")
            .description("1 for the peer's current path (direct, derp, peer-relay, idle, unknown)")
            .register(registry);
    probeOk =
        MultiGauge.builder("bridgelink.probe.ok")
            .description("1 when the last TCP connect to peer:port succeeded")
            .register(registry);
    probeLatency =
        MultiGauge.builder("bridgelink.probe.latency")
            .description("last TCP connect latency to peer:port")
            .baseUnit("milliseconds")
            .register(registry);
    findingsActive =
        MultiGauge.builder("bridgelink.findings.active")
            .description("raised findings by code and severity")
            .register(registry);
    overall =
        MultiGauge.builder("bridgelink.overall")
            .description("1 for the link's overall state (ok, degraded, down)")
            .register(registry);
    cycle =
        Timer.builder("bridgelink.cycle.duration")
            .description("time to evaluate checks, damp findings and build the snapshot")
            .register(registry);
  }

  @Override
  public void onSnapshot(Snapshot snapshot) {
    List<MultiGauge.Row<?>> reachable = new ArrayList<>();
    List<MultiGauge.Row<?>> online = new ArrayList<>();
    List<MultiGauge.Row<?>> latency = new ArrayList<>();
    List<MultiGauge.Row<?>> path = new ArrayList<>();
    List<MultiGauge.Row<?>> okRows = new ArrayList<>();
    List<MultiGauge.Row<?>> probeLatencyRows = new ArrayList<>();
    for (PeerView p : snapshot.peers()) {
      Tags peer = Tags.of("peer", p.name());
      boolean allOk = !p.probes().isEmpty() && p.probes().stream().allMatch(ProbeView::ok);
      reachable.add(MultiGauge.Row.of(peer, allOk ? 1 : 0));
      if (p.online() != null) {
        online.add(MultiGauge.Row.of(peer, p.online() ? 1 : 0));
      }
      if (p.latencyMs() != null) {
        latency.add(MultiGauge.Row.of(peer, p.latencyMs()));
      }
      for (String candidate : PATHS) {
        path.add(
            MultiGauge.Row.of(peer.and("path", candidate), candidate.equals(p.path()) ? 1 : 0));
      }
      for (ProbeView probe : p.probes()) {
        Tags port = peer.and("port", Integer.toString(probe.port()));
        okRows.add(MultiGauge.Row.of(port, probe.ok() ? 1 : 0));
        if (probe.latencyMs() != null && probe.ok()) {
          probeLatencyRows.add(MultiGauge.Row.of(port, probe.latencyMs()));
        }
      }
    }
    peerReachable.register(reachable, true);
    peerOnline.register(online, true);
    peerLatency.register(latency, true);
    peerPath.register(path, true);
    probeOk.register(okRows, true);
    probeLatency.register(probeLatencyRows, true);

    Map<String, Integer> counts = new TreeMap<>();
    for (ActiveFinding f : snapshot.findings()) {
      counts.merge(
          f.finding().code().code() + "\u0000" + f.finding().severity().wireName(),
          1,
          Integer::sum);
    }
    List<MultiGauge.Row<?>> findingRows = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          String[] parts = key.split("\u0000");
          findingRows.add(
              MultiGauge.Row.of(Tags.of("code", parts[0], "severity", parts[1]), count));
        });
    findingsActive.register(findingRows, true);
    List<MultiGauge.Row<?>> overallRows = new ArrayList<>();
    for (String state : List.of("ok", "degraded", "down")) {
      overallRows.add(
          MultiGauge.Row.of(
              Tags.of("state", state), state.equals(snapshot.overall().wireName()) ? 1 : 0));
    }
    overall.register(overallRows, true);
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
    Timer.builder("bridgelink.source.duration")
        .description("time one source run took")
        .tags("source", source)
        .register(registry)
        .record(took);
    if (failure != null) {
      Counter.builder("bridgelink.source.errors")
          .description("failed source runs")
          .tags("source", source)
          .register(registry)
          .increment();
    }
  }

  @Override
  public void onEvaluation(Duration took) {
    cycle.record(took);
  }
}
