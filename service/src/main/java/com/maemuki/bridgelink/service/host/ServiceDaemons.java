package com.maemuki.bridgelink.service.host;

/**
 * The one place that decides which daemon the Windows service runs. procrun calls {@link
 * ProcrunEntry#start} statically, so the composition root cannot hand the factory in: it is looked
 * up here instead. Plug the monitor in by returning its factory from {@link #forService}.
 */
public final class ServiceDaemons {

  private ServiceDaemons() {}

  /**
   * The daemon for the installed service.
   *
   * @param startParams procrun's {@code StartParams} (none are configured today)
   */
  public static DaemonFactory forService(String[] startParams) {
    return IdleDaemon::start;
  }
}
