package com.maemuki.bridgelink.service.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceLifecycleTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  /** A daemon that records its start and close; close blocks until {@code releaseClose}. */
  private static final class RecordingDaemon implements AutoCloseable {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    final CountDownLatch releaseClose;

    RecordingDaemon(boolean hangOnClose) {
      releaseClose = new CountDownLatch(hangOnClose ? 1 : 0);
    }

    AutoCloseable start() {
      started.countDown();
      return this;
    }

    @Override
    public void close() throws InterruptedException {
      releaseClose.await();
      closed.countDown();
    }
  }

  @Test
  void stopFromAnotherThreadReleasesRunAndClosesTheDaemon() throws Exception {
    RecordingDaemon daemon = new RecordingDaemon(false);
    ServiceLifecycle lifecycle = new ServiceLifecycle(daemon::start);
    Thread host = new Thread(lifecycle::run, "test-host");
    host.start();
    assertThat(daemon.started.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(host.isAlive()).as("run blocks while the service runs").isTrue();

    boolean stopped = lifecycle.stop(GENEROUS);

    assertThat(stopped).isTrue();
    host.join(GENEROUS.toMillis());
    assertThat(host.isAlive()).as("run returned").isFalse();
    assertThat(daemon.closed.getCount()).as("daemon closed").isZero();
  }

  @Test
  void aDaemonWhoseCloseHangsDoesNotHoldTheStop() throws Exception {
    RecordingDaemon daemon = new RecordingDaemon(true);
    ServiceLifecycle lifecycle = new ServiceLifecycle(daemon::start, Duration.ofMillis(200));
    Thread host = new Thread(lifecycle::run, "test-host");
    host.start();
    assertThat(daemon.started.await(30, TimeUnit.SECONDS)).isTrue();

    boolean stopped = lifecycle.stop(GENEROUS);

    assertThat(stopped).as("stop returned inside its bound although close hangs").isTrue();
    host.join(GENEROUS.toMillis());
    assertThat(host.isAlive()).isFalse();
    assertThat(daemon.closed.getCount()).as("close is still hanging").isOne();
    daemon.releaseClose.countDown();
  }

  @Test
  void aDaemonThatFailsToStartEndsTheRun() {
    ServiceLifecycle lifecycle =
        new ServiceLifecycle(
            () -> {
              throw new IllegalStateException("no configuration");
            });

    boolean started = lifecycle.run();

    assertThat(started).isFalse();
    assertThat(lifecycle.stop(GENEROUS)).isTrue();
  }

  @Test
  void aStopBeforeTheRunMeansTheDaemonNeverStarts() {
    AtomicInteger starts = new AtomicInteger();
    ServiceLifecycle lifecycle =
        new ServiceLifecycle(
            () -> {
              starts.incrementAndGet();
              return () -> {};
            });

    assertThat(lifecycle.stop(GENEROUS)).isTrue();
    lifecycle.run();

    assertThat(starts).hasValue(0);
  }

  @Test
  void anInterruptedHostThreadStopsTheDaemon() throws Exception {
    RecordingDaemon daemon = new RecordingDaemon(false);
    ServiceLifecycle lifecycle = new ServiceLifecycle(daemon::start);
    Thread host = new Thread(lifecycle::run, "test-host");
    host.start();
    assertThat(daemon.started.await(30, TimeUnit.SECONDS)).isTrue();

    host.interrupt();

    host.join(GENEROUS.toMillis());
    assertThat(host.isAlive()).isFalse();
    assertThat(daemon.closed.getCount()).isZero();
  }
}
