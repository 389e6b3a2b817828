package com.maemuki.bridgelink.service.ipc;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few threads that run long calls ({@code diag.create}, {@code repair.run}) for every client,
 * so that a session's reader keeps reading and its events keep flowing while one runs. Bounded
 * twice: a fixed number of threads and a queue of one waiting call per client slot; beyond that a
 * call is refused (the caller answers {@code busy}) rather than queued without end. Work that has
 * started is never interrupted: a repair must not be left half done because its caller went away.
 */
final class LongCallPool {
  private static final Logger LOG = LoggerFactory.getLogger(LongCallPool.class);

  private final ThreadPoolExecutor executor;

  LongCallPool(int workers, int queued) {
    AtomicInteger ids = new AtomicInteger(1);
    executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, queued)),
            body -> {
              Thread thread = new Thread(body, "ipc-long-call-" + ids.getAndIncrement());
              thread.setDaemon(true);
              thread.setUncaughtExceptionHandler(
                  (t, e) -> LOG.error("IPC long call thread {} died", t.getName(), e));
              return thread;
            });
    // Idle workers go away; a service that never runs a repair keeps no extra threads.
    executor.allowCoreThreadTimeOut(true);
  }

  /** Queues {@code call}; false when every worker is busy and the queue is full (or closed). */
  boolean submit(Runnable call) {
    try {
      executor.execute(call);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Takes no new calls and waits up to {@code grace} for those running or queued, so a repair in
   * progress when the service stops can finish and be audited.
   */
  void close(Duration grace) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "{} long IPC call(s) still running {} s after the server closed",
            executor.getActiveCount(),
            grace.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
