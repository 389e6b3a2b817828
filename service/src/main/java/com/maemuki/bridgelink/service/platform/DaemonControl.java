package com.maemuki.bridgelink.service.platform;

/**
 * The tailscaled service as the OS service manager sees it: the SCM's {@code Tailscale} service on
 * Windows, the {@code tailscaled} unit under systemd. Queries never throw; an adapter that cannot
 * ask says {@link ServiceState.Kind#UNKNOWN} with why. The OS adapters are {@link
 * ServiceManagerOps} (which adds start and stop for the repairs); {@link TailscaledBinaries} stands
 * in where no service manager runs.
 */
public interface DaemonControl {

  ServiceState query();

  /** Where the answer comes from, for details ("SCM service Tailscale"). */
  String describe();

  /** A manager that knows nothing: the LocalAPI alone decides. */
  static DaemonControl unknown(String why) {
    return new DaemonControl() {
      @Override
      public ServiceState query() {
        return ServiceState.unknown(why);
      }

      @Override
      public String describe() {
        return why;
      }
    };
  }
}
