package com.maemuki.bridgelink.service.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Without a service manager to ask, tells "not installed" (no tailscaled binary where packages put
 * it) from "cannot tell" (a binary exists; the LocalAPI decides whether it runs).
 */
final class TailscaledBinaries implements DaemonControl {

  static final List<Path> PLACES =
      List.of(
          Path.of("/usr/sbin/tailscaled"),
          Path.of("/usr/bin/tailscaled"),
          Path.of("/usr/local/sbin/tailscaled"),
          Path.of("/usr/local/bin/tailscaled"));

  @Override
  public ServiceState query() {
    for (Path p : PLACES) {
      if (Files.isExecutable(p)) {
        return ServiceState.unknown("no service manager; tailscaled installed at " + p);
      }
    }
    return new ServiceState(
        ServiceState.Kind.NOT_INSTALLED,
        "no service manager and no tailscaled in /usr or /usr/local");
  }

  @Override
  public String describe() {
    return "tailscaled binary";
  }
}
