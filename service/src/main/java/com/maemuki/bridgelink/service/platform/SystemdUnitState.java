package com.maemuki.bridgelink.service.platform;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code systemctl show -p LoadState,ActiveState,SubState tailscaled} output ({@code
 * Key=value} lines) into a {@link ServiceState}. Pure, so it is tested without systemd.
 */
public final class SystemdUnitState {

  private SystemdUnitState() {}

  public static ServiceState parse(String output) {
    Map<String, String> values = new HashMap<>();
    for (String line : output.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    String load = values.getOrDefault("LoadState", "");
    String active = values.getOrDefault("ActiveState", "");
    String detail = "LoadState=" + load + " ActiveState=" + active;
    if (values.containsKey("SubState")) {
      detail += " SubState=" + values.get("SubState");
    }
    if (load.equals("not-found")) {
      return new ServiceState(ServiceState.Kind.NOT_INSTALLED, detail);
    }
    ServiceState.Kind kind =
        switch (active) {
          case "active", "reloading" -> ServiceState.Kind.RUNNING;
          case "activating" -> ServiceState.Kind.STARTING;
          case "deactivating" -> ServiceState.Kind.STOPPING;
          case "inactive", "failed" -> ServiceState.Kind.STOPPED;
          default -> ServiceState.Kind.UNKNOWN;
        };
    return new ServiceState(kind, detail);
  }
}
