package com.maemuki.bridgelink.service.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Start and restart with a wait, on top of a service manager's raw operations: request, poll the
 * state until it settles or the deadline passes, then poll the LocalAPI until it answers. Restart
 * of a stopped service is a start; start of a running service only verifies (idempotent).
 */
public final class WaitingServiceControl implements TailscaleServiceControl {

  private static final Duration POLL = Duration.ofMillis(250);

  private final ServiceManagerOps ops;
  private final BooleanSupplier localApiAnswers;
  private final Pacer pacer;

  /**
   * @param ops the platform's raw operations
   * @param localApiAnswers true when tailscaled's LocalAPI answers a short request right now
   * @param pacer the clock
   */
  public WaitingServiceControl(
      ServiceManagerOps ops, BooleanSupplier localApiAnswers, Pacer pacer) {
    this.ops = Objects.requireNonNull(ops, "ops");
    this.localApiAnswers = Objects.requireNonNull(localApiAnswers, "localApiAnswers");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
  }

  @Override
  public ServiceState query() {
    return ops.query();
  }

  @Override
  public String describe() {
    return ops.describe();
  }

  private static boolean pending(ServiceState.Kind kind) {
    return kind == ServiceState.Kind.STARTING || kind == ServiceState.Kind.STOPPING;
  }

  @Override
  public ServiceControlResult start(Duration wait) {
    long deadline = pacer.nanoTime() + wait.toNanos();
    ServiceState now = settle(ops.query(), deadline);
    if (now.kind() == ServiceState.Kind.NOT_INSTALLED) {
      return ServiceControlResult.failed(now.kind(), "Tailscale is not installed on this machine.");
    }
    if (now.kind() != ServiceState.Kind.RUNNING) {
      try {
        ops.requestStart();
      } catch (ServiceOperationException e) {
        return ServiceControlResult.failed(
            now.kind(), "Starting Tailscale failed: " + e.getMessage());
      }
    }
    return awaitRunningAndAnswering(deadline, "started");
  }

  @Override
  public ServiceControlResult restart(Duration wait) {
    long deadline = pacer.nanoTime() + wait.toNanos();
    ServiceState now = settle(ops.query(), deadline);
    switch (now.kind()) {
      case NOT_INSTALLED:
        return ServiceControlResult.failed(
            now.kind(), "Tailscale is not installed on this machine.");
      case UNKNOWN:
        return ServiceControlResult.failed(
            now.kind(), "Cannot read the Tailscale service state: " + now.detail());
      case RUNNING:
        try {
          ops.requestStop();
        } catch (ServiceOperationException e) {
          return ServiceControlResult.failed(
              now.kind(), "Stopping Tailscale failed: " + e.getMessage());
        }
        now = awaitState(ServiceState.Kind.STOPPED, deadline);
        if (now.kind() != ServiceState.Kind.STOPPED) {
          return ServiceControlResult.failed(
              now.kind(), "Tailscale did not stop in time (state " + now.kind() + ").");
        }
        break;
      default:
        break;
    }
    try {
      ops.requestStart();
    } catch (ServiceOperationException e) {
      return ServiceControlResult.failed(
          now.kind(), "Starting Tailscale failed: " + e.getMessage());
    }
    return awaitRunningAndAnswering(deadline, "restarted");
  }

  private ServiceControlResult awaitRunningAndAnswering(long deadline, String verb) {
    ServiceState now = awaitState(ServiceState.Kind.RUNNING, deadline);
    if (now.kind() != ServiceState.Kind.RUNNING) {
      return ServiceControlResult.failed(
          now.kind(), "Tailscale did not reach Running in time (state " + now.kind() + ").");
    }
    while (true) {
      if (localApiAnswers.getAsBoolean()) {
        return new ServiceControlResult(
            true, ServiceState.Kind.RUNNING, true, "Tailscale " + verb + " and answers.");
      }
      if (pacer.nanoTime() >= deadline || !pacer.pause(POLL)) {
        return new ServiceControlResult(
            false,
            ServiceState.Kind.RUNNING,
            false,
            "Tailscale runs but its LocalAPI did not answer in time.");
      }
    }
  }

  private ServiceState awaitState(ServiceState.Kind target, long deadline) {
    while (true) {
      ServiceState now = ops.query();
      if (now.kind() == target) {
        return now;
      }
      if (pacer.nanoTime() >= deadline || !pacer.pause(POLL)) {
        return now;
      }
    }
  }

  /** Waits out a pending state so the next request is not refused as "already pending". */
  private ServiceState settle(ServiceState now, long deadline) {
    while (pending(now.kind()) && pacer.nanoTime() < deadline && pacer.pause(POLL)) {
      now = ops.query();
    }
    return now;
  }
}
