package com.maemuki.bridgelink.service.monitor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each source on its own cadence with ±10 % jitter (so sources do not fire in lockstep), on
 * its own worker thread. A source never runs twice at once: a trigger while it runs asks for one
 * more run right after. A hung source never blocks the others: at its deadline the scheduler
 * reports a timeout and interrupts it, and the other sources keep their cadence.
 */
public final class SourceScheduler implements AutoCloseable {

  /** Receives every run's outcome: exactly one of {@code reading} and {@code failure} is set. */
  public interface Listener {
    void onResult(Source source, Object reading, Throwable failure, Duration took);
  }

  private final class Slot {
    final Source source;
    final AtomicBoolean running = new AtomicBoolean();
    volatile boolean rerun;
    volatile long hungSince;
    Duration confirmAfter; // a triggerAfter that arrived while the run was going (under the lock)
    volatile ScheduledFuture<?> deadlineWatch;
    ScheduledFuture<?> next;

    Slot(Source source) {
      this.source = source;
    }
  }

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final Listener listener;
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private volatile boolean closed;

  public SourceScheduler(List<Source> sources, Listener listener) {
    this.listener = listener;
    AtomicInteger count = new AtomicInteger();
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, r -> daemon(r, "monitor-timer"));
    timer.setRemoveOnCancelPolicy(true); // cancelled deadlines and re-planned runs leave at once
    this.timer = timer;
    this.workers =
        Executors.newCachedThreadPool(r -> daemon(r, "source-" + count.incrementAndGet()));
    for (Source s : sources) {
      slots.put(s.name(), new Slot(s));
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Starts every source at a small random offset, so the first cycle completes quickly. */
  public void start() {
    for (Slot slot : slots.values()) {
      scheduleNext(slot, Duration.ofMillis(ThreadLocalRandom.current().nextLong(0, 50)));
    }
  }

  /** The timer, for periodic housekeeping of the monitor (clock-jump ticks, config polling). */
  ScheduledExecutorService timer() {
    return timer;
  }

  /** Runs {@code name} now (or right after its current run). Unknown names are ignored. */
  public void trigger(String name) {
    Slot slot = slots.get(name);
    if (slot != null && !closed) {
      launch(slot);
    }
  }

  /** Runs every source now. */
  public void triggerAll() {
    slots.keySet().forEach(this::trigger);
  }

  /**
   * Runs {@code name} after {@code delay} unless its next run is due sooner anyway. Asked while it
   * runs (typically by the evaluation of this very run's result, which a finding awaiting
   * confirmation does), the delay counts from the end of the run instead of being dropped: a source
   * with a long interval would otherwise never confirm.
   */
  public synchronized void triggerAfter(String name, Duration delay) {
    Slot slot = slots.get(name);
    if (slot == null || closed) {
      return;
    }
    if (slot.running.get()) {
      if (slot.confirmAfter == null || delay.compareTo(slot.confirmAfter) < 0) {
        slot.confirmAfter = delay;
      }
      return;
    }
    if (slot.next != null && slot.next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
      return;
    }
    scheduleNext(slot, delay);
  }

  private synchronized void scheduleNext(Slot slot, Duration delay) {
    if (closed) {
      return;
    }
    if (slot.next != null) {
      slot.next.cancel(false);
    }
    slot.next = timer.schedule(() -> launch(slot), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void launch(Slot slot) {
    if (closed) {
      return;
    }
    if (!slot.running.compareAndSet(false, true)) {
      long hung = slot.hungSince;
      if (hung != 0) {
        // Still stuck past its deadline: say so again each interval rather than go silent.
        listener.onResult(
            slot.source,
            null,
            new TimeoutException(
                "previous run still has not returned after " + since(hung).toSeconds() + " s"),
            since(hung));
        scheduleNext(slot, jittered(slot.source.interval()));
      } else {
        slot.rerun = true;
      }
      return;
    }
    slot.rerun = false;
    Source source = slot.source;
    AtomicBoolean reported = new AtomicBoolean();
    long start = System.nanoTime();
    Future<?> task;
    try {
      task =
          workers.submit(
              () -> {
                Object reading = null;
                Throwable failure = null;
                try {
                  reading = source.collect();
                } catch (Throwable t) {
                  failure = t;
                }
                if (reported.compareAndSet(false, true)) {
                  listener.onResult(source, reading, failure, since(start));
                }
                slot.hungSince = 0;
                ScheduledFuture<?> watch = slot.deadlineWatch;
                if (watch != null) {
                  // Disarm the deadline (removed from the timer's queue: one wake-up less per run).
                  watch.cancel(false);
                }
                afterRun(slot);
              });
    } catch (RuntimeException rejected) {
      slot.running.set(false);
      return;
    }
    Duration deadline = source.deadline();
    ScheduledFuture<?> watch =
        timer.schedule(
            () -> {
              if (!task.isDone() && reported.compareAndSet(false, true)) {
                slot.hungSince = start;
                task.cancel(true);
                listener.onResult(
                    source,
                    null,
                    new TimeoutException("no result within " + deadline.toMillis() + " ms"),
                    since(start));
                // Keep the cadence even if the source ignores the interrupt; it will not start
                // again
                // until the hung run returns (never twice at once), but triggers queue a re-run.
                scheduleNext(slot, jittered(source.interval()));
              }
            },
            deadline.toMillis(),
            TimeUnit.MILLISECONDS);
    slot.deadlineWatch = watch;
    if (task.isDone()) {
      watch.cancel(false); // finished before the watch was even set
    }
  }

  /** Ends a run and plans the next, under the lock {@link #triggerAfter} takes. */
  private synchronized void afterRun(Slot slot) {
    slot.running.set(false);
    Duration confirm = slot.confirmAfter;
    slot.confirmAfter = null;
    if (slot.rerun) {
      scheduleNext(slot, Duration.ZERO);
      return;
    }
    Duration next = jittered(slot.source.interval());
    scheduleNext(slot, confirm != null && confirm.compareTo(next) < 0 ? confirm : next);
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  static Duration jittered(Duration interval) {
    long ms = Math.max(1, interval.toMillis());
    long spread = ms / 10;
    long offset = spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1);
    return Duration.ofMillis(ms + offset);
  }

  public boolean isRunning(String name) {
    Slot slot = slots.get(name);
    return slot != null && slot.running.get();
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    workers.shutdownNow();
    try {
      timer.awaitTermination(300, TimeUnit.MILLISECONDS);
      workers.awaitTermination(300, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
