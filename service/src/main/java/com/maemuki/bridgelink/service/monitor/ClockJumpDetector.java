package com.maemuki.bridgelink.service.monitor;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Notices sleep and resume (and a clock set by hand) without any OS event: procrun forwards no
 * power events, so the service compares how far the wall clock moved with how far the monotonic
 * clock moved between two ticks. The monotonic clock stops while the machine sleeps; the wall clock
 * does not. A difference larger than {@code threshold} is a jump.
 */
public final class ClockJumpDetector {

  private final LongSupplier wallMillis;
  private final LongSupplier monoNanos;
  private final Duration threshold;
  private long lastWall;
  private long lastMono;

  public ClockJumpDetector(LongSupplier wallMillis, LongSupplier monoNanos, Duration threshold) {
    this.wallMillis = wallMillis;
    this.monoNanos = monoNanos;
    this.threshold = threshold;
    this.lastWall = wallMillis.getAsLong();
    this.lastMono = monoNanos.getAsLong();
  }

  public static ClockJumpDetector system(Duration threshold) {
    return new ClockJumpDetector(System::currentTimeMillis, System::nanoTime, threshold);
  }

  /**
   * Call periodically. Also treats a long monotonic gap (the ticking thread was starved or the VM
   * was frozen) as a jump, since readings taken before it are just as stale.
   *
   * @param expectedTick how often this is called
   * @return the size of the jump, or {@link Duration#ZERO} when none
   */
  public synchronized Duration tick(Duration expectedTick) {
    long wall = wallMillis.getAsLong();
    long mono = monoNanos.getAsLong();
    long wallDelta = wall - lastWall;
    long monoDelta = (mono - lastMono) / 1_000_000;
    lastWall = wall;
    lastMono = mono;
    long skew = Math.abs(wallDelta - monoDelta);
    long stall = monoDelta - expectedTick.toMillis();
    long jump = Math.max(skew, stall);
    return jump > threshold.toMillis() ? Duration.ofMillis(jump) : Duration.ZERO;
  }
}
