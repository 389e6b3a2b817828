package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * What the service manager says about tailscaled.
 *
 * @param state the reduced state
 * @param pid the process id when running, else 0
 * @param detail the raw facts ("SERVICE_RUNNING", "ActiveState=failed SubState=failed") or why the
 *     state is unknown
 */
public record ServiceStatus(ServiceState state, long pid, String detail) {

  public ServiceStatus {
    Objects.requireNonNull(state, "state");
    detail = detail == null ? "" : detail;
  }

  public static ServiceStatus of(ServiceState state, String detail) {
    return new ServiceStatus(state, 0, detail);
  }
}
