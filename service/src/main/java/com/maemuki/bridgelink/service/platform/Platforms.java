package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.linux.FileMachinePolicy;
import com.maemuki.bridgelink.service.platform.linux.SystemdDaemonControl;
import com.maemuki.bridgelink.service.platform.windows.RegistryMachinePolicy;
import com.maemuki.bridgelink.service.platform.windows.ScmDaemonControl;
import java.util.Locale;

/** The one place that picks OS adapters. Everything else asks here and sees only the ports. */
public final class Platforms {

  private Platforms() {}

  public static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /**
   * tailscaled's service as the OS service manager sees it: the SCM on Windows; systemd where it
   * runs; elsewhere nothing (the LocalAPI alone decides).
   */
  public static DaemonControl daemonControl() {
    if (isWindows()) {
      return new ScmDaemonControl();
    }
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/run/systemd/system"))) {
      return new SystemdDaemonControl();
    }
    return new TailscaledBinaries();
  }

  /** The machine policy store: the registry on Windows, a properties file elsewhere. */
  public static MachinePolicy machinePolicy() {
    return isWindows()
        ? new RegistryMachinePolicy()
        : new FileMachinePolicy(FileMachinePolicy.DEFAULT);
  }
}
