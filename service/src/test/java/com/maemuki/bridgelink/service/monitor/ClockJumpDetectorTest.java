package com.maemuki.bridgelink.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClockJumpDetectorTest {

  private final AtomicLong wall = new AtomicLong(1_000_000);
  private final AtomicLong mono = new AtomicLong(5_000_000_000L);
  private final ClockJumpDetector detector =
      new ClockJumpDetector(wall::get, mono::get, Duration.ofSeconds(5));

  private void advance(long wallMs, long monoMs) {
    wall.addAndGet(wallMs);
    mono.addAndGet(monoMs * 1_000_000);
  }

  @Test
  void steadyTicksAreNoJump() {
    for (int i = 0; i < 5; i++) {
      advance(1000, 1000);
      assertThat(detector.tick(Duration.ofSeconds(1))).isZero();
    }
    advance(1300, 1250); // a little drift and scheduling delay
    assertThat(detector.tick(Duration.ofSeconds(1))).isZero();
  }

  @Test
  void sleepMovesTheWallClockButNotTheMonotonicOne() {
    advance(3_600_000 + 1000, 1000); // one hour asleep
    assertThat(detector.tick(Duration.ofSeconds(1))).isEqualTo(Duration.ofHours(1));
    advance(1000, 1000);
    assertThat(detector.tick(Duration.ofSeconds(1))).isZero();
  }

  @Test
  void clockSetBackAndLongStallsCountToo() {
    advance(-60_000, 1000);
    assertThat(detector.tick(Duration.ofSeconds(1)).toSeconds()).isEqualTo(61);
    advance(20_000, 20_000); // the process was frozen for 20 s
    assertThat(detector.tick(Duration.ofSeconds(1)).toSeconds()).isEqualTo(19);
  }
}
