package com.maemuki.bridgelink.service.platform;

import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.linux.FileMachinePolicy;
import com.maemuki.bridgelink.service.platform.windows.RegistryMachinePolicy;
import java.util.Locale;

/** The one place that picks OS adapters. Everything else asks here and sees only the ports. */
public final class Platforms {

  private Platforms() {}

  public static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** The machine policy store: the registry on Windows, a properties file elsewhere. */
  public static MachinePolicy machinePolicy() {
    return isWindows()
        ? new RegistryMachinePolicy()
        : new FileMachinePolicy(FileMachinePolicy.DEFAULT);
  }
}
