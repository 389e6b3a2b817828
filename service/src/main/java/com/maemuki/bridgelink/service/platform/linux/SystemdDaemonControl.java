package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.service.platform.DaemonControl;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.SystemdUnitState;
import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.CommandRunner;
import com.maemuki.bridgelink.tailscale.process.CommandStartException;
import com.maemuki.bridgelink.tailscale.process.ExternalCommand;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code tailscaled} unit as systemd sees it: {@code systemctl show -p
 * LoadState,ActiveState,SubState tailscaled}, run by absolute path with a deadline.
 */
public final class SystemdDaemonControl implements DaemonControl {

  static final Path SYSTEMCTL = Path.of("/usr/bin/systemctl");
  static final String UNIT = "tailscaled";

  private final CommandRunner runner;

  public SystemdDaemonControl(CommandRunner runner) {
    this.runner = runner;
  }

  public SystemdDaemonControl() {
    this(new ProcessCommandRunner());
  }

  @Override
  public ServiceState query() {
    ExternalCommand command =
        ExternalCommand.of(
            SYSTEMCTL, Duration.ofSeconds(3), "show", "-p", "LoadState,ActiveState,SubState", UNIT);
    try {
      CommandResult result = runner.run(command);
      if (result.timedOut()) {
        return ServiceState.unknown("systemctl did not answer within 3 s");
      }
      if (!result.succeeded()) {
        return ServiceState.unknown(
            "systemctl exited " + result.exitCode() + ": " + result.stderr().strip());
      }
      return SystemdUnitState.parse(result.stdout());
    } catch (CommandStartException e) {
      return ServiceState.unknown("cannot run " + SYSTEMCTL + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ServiceState.unknown("interrupted");
    }
  }

  @Override
  public String describe() {
    return "systemd unit " + UNIT;
  }
}
