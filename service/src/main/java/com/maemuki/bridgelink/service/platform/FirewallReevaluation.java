package com.maemuki.bridgelink.service.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when to re-read the firewall: soon after a policy change notification (bursts of registry
 * changes, one per rule property, coalesce into one run after {@code settle}), and on a slow safety
 * poll in case a notification was missed. The evaluation itself is the caller's.
 */
public final class FirewallReevaluation implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FirewallReevaluation.class);

  private final ScheduledExecutorService scheduler;
  private final Runnable evaluate;
  private final Duration settle;
  private final AtomicBoolean pending = new AtomicBoolean();
  private AutoCloseable watch;
  private ScheduledFuture<?> poll;

  /**
   * @param scheduler runs the evaluations (one thread is enough)
   * @param evaluate reads the firewall and publishes the result
   * @param settle how long to wait after a change before evaluating
   */
  public FirewallReevaluation(
      ScheduledExecutorService scheduler, Runnable evaluate, Duration settle) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.evaluate = Objects.requireNonNull(evaluate, "evaluate");
    this.settle = Objects.requireNonNull(settle, "settle");
  }

  /** Starts the watcher and the safety poll; the first evaluation runs at once. */
  public synchronized void start(PolicyChangeWatcher watcher, Duration safetyPoll) {
    watch = watcher.start(this::changed);
    poll =
        scheduler.scheduleWithFixedDelay(
            this::runSafely, 0, safetyPoll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A change was reported: evaluate once after the settle time, however many changes follow. */
  public void changed() {
    if (pending.compareAndSet(false, true)) {
      scheduler.schedule(
          () -> {
            pending.set(false);
            runSafely();
          },
          settle.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private void runSafely() {
    try {
      evaluate.run();
    } catch (RuntimeException e) {
      LOG.warn("firewall evaluation failed: {}", e.toString());
    }
  }

  @Override
  public synchronized void close() throws Exception {
    if (poll != null) {
      poll.cancel(false);
    }
    if (watch != null) {
      watch.close();
    }
  }
}
