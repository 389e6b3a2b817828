package com.maemuki.bridgelink.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceSchedulerTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  /** Counts runs; optionally blocks (ignoring interrupts) until released. */
  static final class CountingSource implements Source {
    final String name;
    final Duration interval;
    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    volatile CountDownLatch block;

    CountingSource(String name, Duration interval) {
      this.name = name;
      this.interval = interval;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Duration interval() {
      return interval;
    }

    @Override
    public Duration deadline() {
      return Duration.ofMillis(200);
    }

    @Override
    public Object collect() {
      int now = concurrent.incrementAndGet();
      maxConcurrent.accumulateAndGet(now, Math::max);
      try {
        CountDownLatch b = block;
        while (b != null && b.getCount() > 0) {
          try {
            b.await();
          } catch (InterruptedException ignored) {
            // a badly behaved source: ignores the interrupt and keeps hanging
          }
        }
        return runs.incrementAndGet();
      } finally {
        concurrent.decrementAndGet();
      }
    }
  }

  @Test
  void aHungSourceIsReportedAndNeverBlocksTheOthers() {
    CountingSource hung = new CountingSource("hung", Duration.ofMillis(50));
    CountingSource healthy = new CountingSource("healthy", Duration.ofMillis(50));
    hung.block = new CountDownLatch(1);
    List<String> failures = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> results = new ConcurrentHashMap<>();
    try (SourceScheduler scheduler =
        new SourceScheduler(
            List.of(hung, healthy),
            (source, reading, failure, took) -> {
              results.computeIfAbsent(source.name(), k -> new AtomicInteger()).incrementAndGet();
              if (failure != null) {
                failures.add(source.name() + ": " + failure.getMessage());
              }
            })) {
      scheduler.start();
      Eventually.await("hung source reported twice", LIMIT, () -> failures.size() >= 2);
      for (int i = 0; i < 20; i++) {
        scheduler.trigger("hung");
      }
      Eventually.await("healthy source keeps running", LIMIT, () -> healthy.runs.get() >= 10);
      assertThat(failures.get(0)).isEqualTo("hung: no result within 200 ms");
      assertThat(failures.get(1)).startsWith("hung: previous run still has not returned");
      assertThat(hung.maxConcurrent.get()).isEqualTo(1);
      assertThat(hung.runs.get()).isZero();

      hung.block.countDown();
      Eventually.await("hung source recovers", LIMIT, () -> hung.runs.get() >= 2);
      assertThat(hung.maxConcurrent.get()).isEqualTo(1);
      assertThat(healthy.maxConcurrent.get()).isEqualTo(1);
    }
  }

  @Test
  void triggerRunsAtOnceInsteadOfWaitingForTheInterval() {
    CountingSource slow = new CountingSource("slow", Duration.ofHours(1));
    AtomicInteger heard = new AtomicInteger();
    try (SourceScheduler scheduler =
        new SourceScheduler(List.of(slow), (s, r, f, t) -> heard.incrementAndGet())) {
      scheduler.start();
      Eventually.await("first run", LIMIT, () -> heard.get() == 1);
      scheduler.trigger("slow");
      Eventually.await("triggered run", LIMIT, () -> heard.get() == 2);
      scheduler.triggerAfter("slow", Duration.ofMillis(20));
      Eventually.await("confirm run", LIMIT, () -> heard.get() == 3);
      assertThat(slow.runs.get()).isEqualTo(3);
    }
  }

  @Test
  void aConfirmAskedForWhileTheSourceRunsHappensAfterTheRunInsteadOfBeingDropped() {
    CountingSource slow = new CountingSource("slow", Duration.ofHours(1));
    AtomicInteger heard = new AtomicInteger();
    SourceScheduler[] self = new SourceScheduler[1];
    try (SourceScheduler scheduler =
        new SourceScheduler(
            List.of(slow),
            (s, r, f, t) -> {
              // What the monitor's evaluation does for a finding awaiting confirmation; here it
              // happens while the run that produced the result is still marked running.
              if (heard.incrementAndGet() == 1) {
                self[0].triggerAfter("slow", Duration.ofMillis(20));
              }
            })) {
      self[0] = scheduler;
      scheduler.start();
      Eventually.await("the confirm run after the first", LIMIT, () -> heard.get() == 2);
      assertThat(slow.runs.get()).isEqualTo(2);
    }
  }

  @Test
  void jitterStaysWithinTenPercent() {
    for (int i = 0; i < 200; i++) {
      assertThat(SourceScheduler.jittered(Duration.ofSeconds(5)).toMillis())
          .isBetween(4500L, 5500L);
    }
  }
}
