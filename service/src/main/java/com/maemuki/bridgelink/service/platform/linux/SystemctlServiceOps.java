package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.service.platform.ServiceManagerOps;
import com.maemuki.bridgelink.service.platform.ServiceOperationException;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.SystemdUnitState;
import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The Tailscale unit through systemctl. Start and stop use {@code --no-block} so systemd queues the
 * job and returns; the wait is {@link
 * com.maemuki.bridgelink.service.platform.WaitingServiceControl}'s.
 */
public final class SystemctlServiceOps implements ServiceManagerOps {

  private static final Duration DEADLINE = Duration.ofSeconds(10);

  /** A state query is what the monitor polls: it must not hold the daemon source up for long. */
  private static final Duration QUERY_DEADLINE = Duration.ofSeconds(3);

  private final CommandRunner runner;
  private final String systemctl;
  private final String unit;

  /**
   * @param systemctl absolute path of systemctl
   * @param unit the unit, normally "tailscaled.service"
   */
  public SystemctlServiceOps(CommandRunner runner, String systemctl, String unit) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.systemctl = Objects.requireNonNull(systemctl, "systemctl");
    if (!unit.matches("[A-Za-z0-9@._-]{1,200}")) {
      throw new IllegalArgumentException("invalid unit name: " + unit);
    }
    this.unit = unit;
  }

  @Override
  public String describe() {
    return "systemd unit " + unit;
  }

  List<String> showCommand() {
    return List.of(
        systemctl, "show", "--property=LoadState,ActiveState,SubState,MainPID", "--", unit);
  }

  List<String> startCommand() {
    return List.of(systemctl, "start", "--no-block", "--", unit);
  }

  List<String> stopCommand() {
    return List.of(systemctl, "stop", "--no-block", "--", unit);
  }

  @Override
  public ServiceState query() {
    try {
      CommandResult r = runner.run(showCommand(), QUERY_DEADLINE);
      if (!r.succeeded()) {
        return ServiceState.unknown("systemctl show failed: " + r.firstErrorLine());
      }
      return SystemdUnitState.parse(r.stdout());
    } catch (IOException e) {
      return ServiceState.unknown("cannot run systemctl: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ServiceState.unknown("cannot run systemctl: interrupted");
    }
  }

  @Override
  public void requestStart() throws ServiceOperationException {
    run(startCommand(), "start");
  }

  @Override
  public void requestStop() throws ServiceOperationException {
    run(stopCommand(), "stop");
  }

  private void run(List<String> command, String verb) throws ServiceOperationException {
    try {
      CommandResult r = runner.run(command, DEADLINE);
      if (!r.succeeded()) {
        throw new ServiceOperationException(
            "systemctl "
                + verb
                + " "
                + unit
                + " failed: "
                + (r.timedOut() ? "timed out" : r.firstErrorLine()));
      }
    } catch (IOException e) {
      throw new ServiceOperationException("cannot run systemctl: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceOperationException("cannot run systemctl: interrupted", e);
    }
  }
}
