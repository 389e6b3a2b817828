package com.maemuki.bridgelink.service.platform;

/** The state of the Tailscale system service (SCM or systemd), reduced to what checks need. */
public enum ServiceState {
  RUNNING,
  STARTING,
  STOPPING,
  STOPPED,
  PAUSED,
  NOT_INSTALLED,
  /** The platform cannot tell (no service manager); see {@link ServiceStatus#detail()}. */
  UNKNOWN;

  /** True for the states that settle by themselves (a start or stop is under way). */
  public boolean pending() {
    return this == STARTING || this == STOPPING;
  }
}
