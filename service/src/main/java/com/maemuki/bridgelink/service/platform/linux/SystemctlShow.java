package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.ServiceStatus;
import java.util.HashMap;
import java.util.Map;

/** Parses {@code systemctl show --property=LoadState,ActiveState,SubState,MainPID <unit>}. */
final class SystemctlShow {

  private SystemctlShow() {}

  static ServiceStatus parse(String output) {
    Map<String, String> props = new HashMap<>();
    for (String line : output.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        props.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    String load = props.getOrDefault("LoadState", "");
    String active = props.getOrDefault("ActiveState", "");
    String sub = props.getOrDefault("SubState", "");
    long pid = parsePid(props.getOrDefault("MainPID", "0"));
    String detail = "LoadState=" + load + " ActiveState=" + active + " SubState=" + sub;
    if (load.equals("not-found") || load.equals("masked")) {
      return new ServiceStatus(ServiceState.NOT_INSTALLED, 0, detail);
    }
    switch (active) {
      case "active":
      case "reloading":
        return new ServiceStatus(ServiceState.RUNNING, pid, detail);
      case "activating":
        return new ServiceStatus(ServiceState.STARTING, pid, detail);
      case "deactivating":
        return new ServiceStatus(ServiceState.STOPPING, pid, detail);
      case "inactive":
      case "failed":
        return new ServiceStatus(ServiceState.STOPPED, 0, detail);
      default:
        return new ServiceStatus(ServiceState.UNKNOWN, 0, detail);
    }
  }

  private static long parsePid(String text) {
    return text.matches("\\d{1,10}") ? Long.parseLong(text) : 0;
  }
}
