package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import java.util.Objects;

/**
 * The tailscaled a user repair talks to: the one the service watches (the tray learns it from the
 * service's snapshot), and the service's PID, which tailscaled names when it refuses a user's
 * request because one of the service's requests is in flight.
 *
 * @param servicePid the service's process id, or 0 when unknown (the command line)
 */
public record LocalApiTarget(LocalApiAddress address, long servicePid) {

  public LocalApiTarget {
    Objects.requireNonNull(address, "address");
  }
}
