package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.service.platform.ServiceState;

/**
 * The reading of the {@code daemon} source: the service manager's view of tailscaled and whether
 * its LocalAPI answered a short request.
 *
 * @param address the LocalAPI address in words
 * @param customAddress true when a person named the address ({@code --socket}): then a missing
 *     socket means "stopped", not "not installed"
 * @param apiFailure null when the LocalAPI answered, else the failure
 * @param starting the LocalAPI timed out and {@code GET /server-status} said 503 {@code backend not
 *     ready}: tailscaled is starting, not hung
 */
public record DaemonReading(
    ServiceState service,
    String address,
    boolean customAddress,
    Exception apiFailure,
    boolean starting) {

  public DaemonReading(
      ServiceState service, String address, boolean customAddress, Exception apiFailure) {
    this(service, address, customAddress, apiFailure, false);
  }

  public boolean apiAnswers() {
    return apiFailure == null;
  }
}
