package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.Evaluator;
import com.maemuki.bridgelink.service.monitor.Eventually;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.monitor.SelfView;
import com.maemuki.bridgelink.service.monitor.Source;
import com.maemuki.bridgelink.service.monitor.SourceReadings;
import com.maemuki.bridgelink.service.repair.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@link MonitorRecheck} over a real {@link LinkMonitor} with clear-after-2 damping and a slow
 * regular interval (so only the re-check's own runs and the monitor's confirm runs happen): a fix
 * is verified although one good sighting does not clear the damped finding, doing nothing is "still
 * there", and a source that never finishes is "unverified" at the bound.
 */
class MonitorRecheckTest {

  private static final Duration LIMIT = Duration.ofSeconds(15);
  private static final String KEY = "peer-port-unreachable/bridge-peer";

  /** A source whose reading is whether the fault is there; it can be made to hang. */
  static final class FaultSource implements Source {
    final AtomicBoolean broken = new AtomicBoolean(true);
    volatile CountDownLatch hang = new CountDownLatch(0);

    @Override
    public String name() {
      return "probes";
    }

    @Override
    public Duration interval() {
      return Duration.ofMinutes(10);
    }

    @Override
    public Duration deadline() {
      return Duration.ofMinutes(10);
    }

    @Override
    public Object collect() throws Exception {
      hang.await();
      return broken.get() ? "closed" : "open";
    }
  }

  static final Evaluator EVALUATOR =
      new Evaluator() {
        @Override
        public Evaluation evaluate(SourceReadings readings, Instant now) {
          boolean closed = "closed".equals(readings.reading("probes", String.class));
          List<Finding> findings =
              closed
                  ? List.of(Finding.of(FindingCode.PEER_PORT_UNREACHABLE, "bridge-peer", "closed"))
                  : List.of();
          return new Evaluation(findings, SelfView.unknown(), List.of());
        }

        @Override
        public List<String> sourcesOf(Finding finding) {
          return List.of("probes");
        }
      };

  private static boolean raised(LinkMonitor monitor) {
    return monitor.snapshot().findings().stream().anyMatch(f -> f.key().equals(KEY));
  }

  @Test
  void aFixIsVerifiedDoingNothingIsStillThereAndAHungSourceIsUnverified() {
    FaultSource source = new FaultSource();
    Damping damping = new Damping(2, Duration.ZERO, 2, Duration.ofMillis(50), Duration.ZERO);
    try (LinkMonitor monitor = new LinkMonitor(List.of(source), EVALUATOR, damping, Map.of())) {
      monitor.start();
      Eventually.await("raised", LIMIT, () -> raised(monitor));
      MonitorRecheck recheck = new MonitorRecheck(monitor, LIMIT);

      assertThat(recheck.verify(KEY)).isEqualTo(Verification.STILL_PRESENT);
      assertThat(raised(monitor)).isTrue();

      source.broken.set(false);
      assertThat(recheck.verify(KEY)).isEqualTo(Verification.FIXED);
      Eventually.await("the damped clear follows", LIMIT, () -> !raised(monitor));

      source.broken.set(true);
      monitor.trigger("probes"); // its interval is long: only triggers run it
      Eventually.await("raised again", LIMIT, () -> raised(monitor));
      source.hang = new CountDownLatch(1);
      try {
        assertThat(new MonitorRecheck(monitor, Duration.ofMillis(200)).verify(KEY))
            .isEqualTo(Verification.UNVERIFIED);
      } finally {
        source.hang.countDown();
      }
    }
  }
}
