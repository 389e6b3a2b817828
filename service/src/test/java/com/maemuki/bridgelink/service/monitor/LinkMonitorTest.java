package com.maemuki.bridgelink.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinkMonitorTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  /** A probe stand-in: its reading is whether the port answers, or it throws. */
  static final class SwitchSource implements Source {
    final AtomicReference<Object> state = new AtomicReference<>(Boolean.TRUE);

    @Override
    public String name() {
      return "probes";
    }

    @Override
    public Duration interval() {
      return Duration.ofMillis(100);
    }

    @Override
    public Duration deadline() {
      return Duration.ofSeconds(1);
    }

    @Override
    public Object collect() throws Exception {
      Object s = state.get();
      if (s instanceof Exception e) {
        throw e;
      }
      return s;
    }
  }

  static final class PortEvaluator implements Evaluator {
    @Override
    public Evaluation evaluate(SourceReadings readings, Instant now) {
      Boolean up = readings.reading("probes", Boolean.class);
      List<Finding> findings =
          Boolean.FALSE.equals(up)
              ? List.of(Finding.of(FindingCode.PEER_PORT_UNREACHABLE, "peer:3389", "refused"))
              : List.of();
      PeerView peer =
          new PeerView(
              "peer",
              "peer",
              null,
              List.of("100.64.0.2"),
              true,
              "direct",
              null,
              1.5,
              readings.entry("probes") == null ? null : readings.entry("probes").readingTime(),
              List.of(new ProbeView(3389, !Boolean.FALSE.equals(up), 1.5, null)));
      return new Evaluation(findings, SelfView.unknown(), List.of(peer));
    }

    @Override
    public List<String> sourcesOf(Finding finding) {
      return List.of("probes");
    }
  }

  private final SwitchSource probes = new SwitchSource();
  private final List<Transition> transitions = new CopyOnWriteArrayList<>();
  private final List<Snapshot> snapshots = new CopyOnWriteArrayList<>();
  private LinkMonitor monitor;

  private void start(Damping damping) {
    monitor = new LinkMonitor(List.of(probes), new PortEvaluator(), damping, Map.of());
    monitor.addListener(
        new MonitorListener() {
          @Override
          public void onSnapshot(Snapshot snapshot) {
            snapshots.add(snapshot);
          }

          @Override
          public void onTransition(Transition transition) {
            transitions.add(transition);
          }
        });
    monitor.start();
  }

  @AfterEach
  void stop() {
    monitor.close();
  }

  @Test
  void faultIsRaisedAndClearedThroughTheWholeLoop() {
    start(new Damping(2, Duration.ZERO, 2, Duration.ofMillis(20), Duration.ZERO));
    Eventually.await("first snapshot", LIMIT, () -> !snapshots.isEmpty());
    assertThat(monitor.snapshot().overall()).isEqualTo(Overall.OK);
    assertThat(monitor.snapshot().summary()).isEqualTo("Link ok: 1 peer watched");

    probes.state.set(Boolean.FALSE);
    Eventually.await("raised", LIMIT, () -> !transitions.isEmpty());
    Snapshot down = monitor.snapshot();
    assertThat(down.overall()).isEqualTo(Overall.DOWN);
    assertThat(down.findings())
        .extracting(ActiveFinding::key)
        .containsExactly("peer-port-unreachable/peer:3389");
    assertThat(down.summary())
        .isEqualTo(
            "Link down: The application port on the shared computer cannot be reached (peer:3389)");

    probes.state.set(Boolean.TRUE);
    Eventually.await("cleared", LIMIT, () -> transitions.size() == 2);
    assertThat(transitions)
        .extracting(Transition::kind)
        .containsExactly(Transition.Kind.RAISED, Transition.Kind.CLEARED);
    Eventually.await("ok again", LIMIT, () -> monitor.snapshot().overall() == Overall.OK);
    assertThat(monitor.history().get("peer", Duration.ofHours(1), Instant.now().plusSeconds(1)))
        .isNotEmpty()
        .anyMatch(s -> !s.ok())
        .anyMatch(LatencyHistory.Sample::ok);
  }

  @Test
  void aFailingSourceShowsItsCauseAndHoldsItsFindings() {
    start(new Damping(1, Duration.ZERO, 1, Duration.ofMillis(20), Duration.ZERO));
    probes.state.set(Boolean.FALSE);
    Eventually.await("raised", LIMIT, () -> !transitions.isEmpty());
    probes.state.set(new java.io.IOException("connect: permission denied"));
    Eventually.await(
        "source error in snapshot",
        LIMIT,
        () -> monitor.snapshot().sources().stream().anyMatch(s -> !s.ok()));
    SourceStatus status = monitor.snapshot().sources().get(0);
    assertThat(status.name()).isEqualTo("probes");
    assertThat(status.error()).isEqualTo("connect: permission denied");
    // the last good reading still says "down": the finding holds, it does not clear
    assertThat(monitor.snapshot().findings()).hasSize(1);
    assertThat(transitions).hasSize(1);
  }

  @Test
  void afterResumeOfflineKindsWaitForTheGracePeriod() {
    start(new Damping(1, Duration.ZERO, 1, Duration.ofMillis(20), Duration.ofMillis(800)));
    Eventually.await("first snapshot", LIMIT, () -> !snapshots.isEmpty());
    long resumedAt = System.nanoTime();
    monitor.resumed(Duration.ofHours(1));
    probes.state.set(Boolean.FALSE);
    Eventually.await("raised after grace", LIMIT, () -> !transitions.isEmpty());
    assertThat(Duration.ofNanos(System.nanoTime() - resumedAt))
        .isGreaterThanOrEqualTo(Duration.ofMillis(700));
  }
}
