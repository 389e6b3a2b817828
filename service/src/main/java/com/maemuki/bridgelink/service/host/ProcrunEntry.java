package com.maemuki.bridgelink.service.host;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * procrun's jvm-mode entry points (StartClass/StopClass, StartMethod {@code start}, StopMethod
 * {@code stop}). procrun calls {@link #start} on its worker thread and expects it to block for the
 * life of the service; on a service stop it calls {@link #stop} on another thread, which must
 * release {@code start} and return well within StopTimeout.
 */
public final class ProcrunEntry {

  private static final Object lock = new Object();
  private static ServiceLifecycle running; // guarded by lock
  private static boolean stopPending; // guarded by lock
  private static volatile Function<String[], DaemonFactory> daemons = ServiceDaemons::forService;
  private static volatile IntConsumer exit = System::exit;

  /** The JVM's exit code when the daemon cannot start: the SCM sees a failure and recovers. */
  static final int EXIT_START_FAILED = 1;

  private ProcrunEntry() {}

  /**
   * Starts the service's daemon and blocks until {@link #stop} is called. When the daemon cannot
   * start, ends the JVM with {@link #EXIT_START_FAILED}: procrun then reports the service stopped
   * with an error, and the SCM's recovery actions (restart after a minute) apply.
   */
  public static void start(String[] args) {
    ServiceLifecycle lifecycle = new ServiceLifecycle(daemons.apply(args));
    synchronized (lock) {
      if (stopPending) {
        // The SCM's stop overtook procrun's worker thread: honour it rather than run forever.
        stopPending = false;
        lifecycle.stop(Duration.ZERO);
      } else {
        running = lifecycle;
      }
    }
    if (!lifecycle.run()) {
      exit.accept(EXIT_START_FAILED);
    }
  }

  /** Releases {@link #start}; returns within {@link ServiceLifecycle#STOP_BOUND}. */
  public static void stop(String[] args) {
    ServiceLifecycle lifecycle;
    synchronized (lock) {
      lifecycle = running;
      running = null;
      stopPending = lifecycle == null;
    }
    if (lifecycle != null) {
      lifecycle.stop(ServiceLifecycle.STOP_BOUND);
    }
  }

  /** Tests substitute the daemon; production uses {@link ServiceDaemons#forService}. */
  static void useDaemons(Function<String[], DaemonFactory> factoryForArgs) {
    daemons = factoryForArgs;
  }

  /** Tests substitute the JVM exit; production uses {@link System#exit}. */
  static void useExit(IntConsumer jvmExit) {
    exit = jvmExit;
  }
}
