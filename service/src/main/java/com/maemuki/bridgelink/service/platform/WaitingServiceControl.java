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
  public ServiceStatus status() {
    return ops.query();
  }

  @Override
  public ServiceControlResult start(Duration wait) {
    long deadline = pacer.nanoTime() + wait.toNanos();
    ServiceStatus now = settle(ops.query(), deadline);
    if (now.state() == ServiceState.NOT_INSTALLED) {
      return ServiceControlResult.failed(
          now.state(), "Tailscale is not installed on this machine.");
    }
    if (now.state() != ServiceState.RUNNING) {
      try {
        ops.requestStart();
      } catch (ServiceOperationException e) {
        return ServiceControlResult.failed(
            now.state(), "Starting Tailscale failed: " + e.getMessage());
      }
    }
    return awaitRunningAndAnswering(deadline, "started");
  }

  @Override
  public ServiceControlResult restart(Duration wait) {
    long deadline = pacer.nanoTime() + wait.toNanos();
    ServiceStatus now = settle(ops.query(), deadline);
    switch (now.state()) {
      case NOT_INSTALLED:
        return ServiceControlResult.failed(
            now.state(), "Tailscale is not installed on this machine.");
      case UNKNOWN:
        return ServiceControlResult.failed(
            now.state(), "Cannot read the Tailscale service state: " + now.detail());
      case RUNNING:
      case PAUSED:
        try {
          ops.requestStop();
        } catch (ServiceOperationException e) {
          return ServiceControlResult.failed(
              now.state(), "Stopping Tailscale failed: " + e.getMessage());
        }
        now = awaitState(ServiceState.STOPPED, deadline);
        if (now.state() != ServiceState.STOPPED) {
          return ServiceControlResult.failed(
              now.state(), "Tailscale did not stop in time (state " + now.state() + ").");
        }
        break;
      default:
        break;
    }
    try {
      ops.requestStart();
    } catch (ServiceOperationException e) {
      return ServiceControlResult.failed(
          now.state(), "Starting Tailscale failed: " + e.getMessage());
    }
    return awaitRunningAndAnswering(deadline, "restarted");
  }

  private ServiceControlResult awaitRunningAndAnswering(long deadline, String verb) {
    ServiceStatus now = awaitState(ServiceState.RUNNING, deadline);
    if (now.state() != ServiceState.RUNNING) {
      return ServiceControlResult.failed(
          now.state(), "Tailscale did not reach Running in time (state " + now.state() + ").");
    }
    while (true) {
      if (localApiAnswers.getAsBoolean()) {
        return new ServiceControlResult(
            true, ServiceState.RUNNING, true, "Tailscale " + verb + " and answers.");
      }
      if (pacer.nanoTime() >= deadline || !pacer.pause(POLL)) {
        return new ServiceControlResult(
            false,
            ServiceState.RUNNING,
            false,
            "Tailscale runs but its LocalAPI did not answer in time.");
      }
    }
  }

  private ServiceStatus awaitState(ServiceState target, long deadline) {
    while (true) {
      ServiceStatus now = ops.query();
      if (now.state() == target) {
        return now;
      }
      if (pacer.nanoTime() >= deadline || !pacer.pause(POLL)) {
        return now;
      }
    }
  }

  /** Waits out a pending state so the next request is not refused as "already pending". */
  private ServiceStatus settle(ServiceStatus now, long deadline) {
    while (now.state().pending() && pacer.nanoTime() < deadline && pacer.pause(POLL)) {
      now = ops.query();
    }
    return now;
  }
}
