package com.maemuki.bridgelink.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlapDamperTest {

  private static final Finding PORT =
      Finding.of(FindingCode.PEER_PORT_UNREACHABLE, "bridge-peer:3389", "connection refused");
  private final Damping damping =
      new Damping(2, Duration.ofSeconds(10), 3, Duration.ofMillis(100), Duration.ofSeconds(30));
  private final FlapDamper damper = new FlapDamper(damping);
  private Instant now = Instant.parse("2026-11-24T19:00:00Z");
  private long generation;

  private FlapDamper.Result observe(List<Finding> raw) {
    generation++;
    now = now.plusSeconds(1);
    return damper.update(now, raw, f -> generation, f -> false);
  }

  @Test
  void raisesAfterNBadAndClearsAfterMGood() {
    FlapDamper.Result r = observe(List.of(PORT));
    assertThat(r.active()).isEmpty();
    assertThat(r.transitions()).isEmpty();
    assertThat(r.unsettled()).containsExactly(PORT.key());

    r = observe(List.of(PORT));
    assertThat(r.active()).extracting(ActiveFinding::finding).containsExactly(PORT);
    assertThat(r.transitions())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.kind()).isEqualTo(Transition.Kind.RAISED);
              assertThat(t.time()).isEqualTo(now);
            });
    Instant raisedAt = now;

    assertThat(observe(List.of()).transitions()).isEmpty();
    assertThat(observe(List.of()).transitions()).isEmpty();
    r = observe(List.of());
    assertThat(r.transitions())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.kind()).isEqualTo(Transition.Kind.CLEARED);
              assertThat(t.finding().since()).isEqualTo(raisedAt);
            });
    assertThat(r.active()).isEmpty();
    assertThat(r.unsettled()).isEmpty();
  }

  @Test
  void aRelayedPathIsRaisedOnlyOnceItLastedItsMinimum() {
    Finding relayed = Finding.of(FindingCode.PATH_RELAYED, "p1", "via DERP 'headscale'");
    long seconds = FindingCode.PATH_RELAYED.minimumDuration().toSeconds();
    assertThat(seconds).isPositive();
    for (int i = 0; i < seconds; i++) {
      assertThat(observe(List.of(relayed)).transitions()).as("second %d", i).isEmpty();
    }
    assertThat(observe(List.of(relayed)).transitions())
        .singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(Transition.Kind.RAISED));
  }

  @Test
  void aSingleBlipIsNeverRaisedAndAGoodBlipDoesNotClear() {
    observe(List.of(PORT));
    assertThat(observe(List.of()).transitions()).isEmpty();
    assertThat(observe(List.of(PORT)).active()).isEmpty(); // streak restarted
    assertThat(observe(List.of(PORT)).transitions()).hasSize(1);
    observe(List.of());
    observe(List.of());
    // bad again before the third good: stays raised, no transition, good count restarts
    assertThat(observe(List.of(PORT)).transitions()).isEmpty();
    observe(List.of());
    observe(List.of());
    assertThat(damper.active()).hasSize(1);
    assertThat(observe(List.of()).transitions())
        .extracting(Transition::kind)
        .containsExactly(Transition.Kind.CLEARED);
  }

  @Test
  void reEvaluatingTheSameReadingIsNotASecondSighting() {
    now = now.plusSeconds(1);
    damper.update(now, List.of(PORT), f -> 7, f -> false);
    now = now.plusSeconds(1);
    FlapDamper.Result r = damper.update(now, List.of(PORT), f -> 7, f -> false);
    assertThat(r.active()).isEmpty();
    now = now.plusSeconds(1);
    r = damper.update(now, List.of(PORT), f -> 8, f -> false);
    assertThat(r.active()).hasSize(1);
  }

  @Test
  void raisesByTimeWhenObservationsAreSparse() {
    now = now.plusSeconds(1);
    damper.update(now, List.of(PORT), f -> 1, f -> false);
    now = now.plusSeconds(11);
    FlapDamper.Result r = damper.update(now, List.of(PORT), f -> 1, f -> false);
    assertThat(r.transitions())
        .extracting(Transition::kind)
        .containsExactly(Transition.Kind.RAISED);
  }

  @Test
  void heldBackFindingsWaitAndRiseWhenReleased() {
    for (int i = 0; i < 3; i++) {
      generation++;
      now = now.plusSeconds(1);
      assertThat(damper.update(now, List.of(PORT), f -> generation, f -> true).active()).isEmpty();
    }
    assertThat(observe(List.of(PORT)).transitions()).hasSize(1);
  }

  @Test
  void severityChangeIsAChangedTransition() {
    observe(List.of(PORT));
    observe(List.of(PORT));
    Finding worse = new Finding(PORT.code(), Severity.WARNING, PORT.subject(), "other detail");
    FlapDamper.Result r = observe(List.of(worse));
    assertThat(r.transitions())
        .extracting(Transition::kind)
        .containsExactly(Transition.Kind.CHANGED);
    assertThat(r.active())
        .extracting(a -> a.finding().severity())
        .containsExactly(Severity.WARNING);
    // a detail-only change updates the finding silently
    Finding reworded = new Finding(PORT.code(), Severity.WARNING, PORT.subject(), "third detail");
    r = observe(List.of(reworded));
    assertThat(r.transitions()).isEmpty();
    assertThat(r.active().get(0).finding().detail()).isEqualTo("third detail");
  }

  @Test
  void activeIsSortedWorstFirst() {
    Finding info = Finding.of(FindingCode.HARD_NAT, null, "");
    observe(List.of(info, PORT));
    FlapDamper.Result r = observe(List.of(info, PORT));
    assertThat(r.active())
        .extracting(a -> a.finding().code())
        .containsExactly(FindingCode.PEER_PORT_UNREACHABLE, FindingCode.HARD_NAT);
  }
}
