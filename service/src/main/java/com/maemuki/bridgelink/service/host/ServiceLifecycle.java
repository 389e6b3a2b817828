package com.maemuki.bridgelink.service.host;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one running daemon: {@link #run()} starts it and blocks until {@link #stop} is called from
 * another thread, then closes it and returns. Closing is bounded: a daemon whose close hangs is
 * abandoned after {@code closeBound} (its closing thread is a daemon thread, so it cannot keep the
 * JVM alive) — the service must stop in time for procrun's StopTimeout and the installer's wait.
 */
public final class ServiceLifecycle {

  /** How long the daemon may take to close before the lifecycle gives up on it. */
  public static final Duration CLOSE_BOUND = Duration.ofSeconds(8);

  /**
   * How long {@link #stop} waits for {@link #run()} to return: above {@link #CLOSE_BOUND}, well
   * under procrun's StopTimeout (15 s in the MSI) and the installer's 30 s service wait.
   */
  public static final Duration STOP_BOUND = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ServiceLifecycle.class);

  private final DaemonFactory factory;
  private final Duration closeBound;
  private final AtomicBoolean ran = new AtomicBoolean();
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  /** A lifecycle with the production close bound. */
  public ServiceLifecycle(DaemonFactory factory) {
    this(factory, CLOSE_BOUND);
  }

  /** A lifecycle that abandons a daemon whose close takes longer than {@code closeBound}. */
  public ServiceLifecycle(DaemonFactory factory, Duration closeBound) {
    this.factory = factory;
    this.closeBound = closeBound;
  }

  /**
   * Runs the daemon in the foreground until the JVM is asked to end (SIGTERM, Ctrl-C, logoff): a
   * shutdown hook stops the lifecycle and waits for the daemon to close. This is {@code bridge-link
   * run}.
   *
   * @return false when the daemon failed to start (the caller exits with an error), true otherwise
   */
  public static boolean runInConsole(DaemonFactory factory) {
    ServiceLifecycle lifecycle = new ServiceLifecycle(factory);
    Thread hook = new Thread(() -> lifecycle.stop(STOP_BOUND), "bridge-link-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean started = lifecycle.run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is what ended run(); the JVM is already on its way out.
    }
    return started;
  }

  /**
   * Starts the daemon and blocks until {@link #stop} is called (or this thread is interrupted),
   * then closes the daemon within the close bound. Runs once; a failure to start is logged and ends
   * the run.
   *
   * @return false when the daemon failed to start, true otherwise
   */
  public boolean run() {
    if (!ran.compareAndSet(false, true)) {
      throw new IllegalStateException("a lifecycle runs once");
    }
    try {
      if (stopRequested.getCount() == 0) {
        log.info("service stopped before it started");
        return true;
      }
      AutoCloseable daemon;
      try {
        daemon = factory.start();
      } catch (Exception | LinkageError e) {
        log.error("service failed to start: {}", e.toString());
        return false;
      }
      log.info("service running");
      boolean interrupted = awaitStopRequest();
      log.info("service stopping");
      closeWithinBound(daemon);
      log.info("service stopped");
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return true;
    } finally {
      finished.countDown();
    }
  }

  /**
   * Asks {@link #run()} to return and waits up to {@code bound} for it.
   *
   * @return true when run() has returned (or never started), false when the bound ran out
   */
  public boolean stop(Duration bound) {
    stopRequested.countDown();
    if (!ran.get()) {
      return true;
    }
    try {
      return finished.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Returns whether the wait ended by an interrupt: a stop request too, kept for the caller. */
  private boolean awaitStopRequest() {
    try {
      stopRequested.await();
      return false;
    } catch (InterruptedException e) {
      return true;
    }
  }

  private void closeWithinBound(AutoCloseable daemon) {
    Thread closer =
        new Thread(
            () -> {
              try {
                daemon.close();
              } catch (Exception e) {
                log.warn("daemon failed while closing: {}", e.toString());
              }
            },
            "bridge-link-close");
    closer.setDaemon(true);
    closer.start();
    boolean interrupted = false;
    try {
      closer.join(closeBound.toMillis());
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (closer.isAlive()) {
      log.warn("daemon did not close within {} ms; stopping without it", closeBound.toMillis());
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
