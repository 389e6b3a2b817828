package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FirewallReevaluationTest {

  @Test
  void aBurstOfChangesBecomesOneEvaluationAfterTheInitialOne() throws Exception {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch initial = new CountDownLatch(1);
    CountDownLatch afterChange = new CountDownLatch(2);
    AtomicReference<Runnable> trigger = new AtomicReference<>();
    PolicyChangeWatcher watcher =
        onChange -> {
          trigger.set(onChange);
          return () -> {};
        };
    try (FirewallReevaluation re =
        new FirewallReevaluation(
            scheduler,
            () -> {
              runs.incrementAndGet();
              initial.countDown();
              afterChange.countDown();
            },
            Duration.ofSeconds(1))) {
      re.start(watcher, Duration.ofHours(1));
      assertThat(initial.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 50; i++) {
        trigger.get().run();
      }
      assertThat(afterChange.await(10, TimeUnit.SECONDS)).isTrue();
      scheduler.shutdown();
      assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(runs.get()).isEqualTo(2);
    }
  }
}
