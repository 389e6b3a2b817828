package com.maemuki.bridgelink.service.host;

import com.maemuki.bridgelink.service.daemon.BridgeLinkDaemon;

/**
 * The one place that decides which daemon the Windows service runs. procrun calls {@link
 * ProcrunEntry#start} statically, so the composition root cannot hand the factory in: it is looked
 * up here instead.
 */
public final class ServiceDaemons {

  private ServiceDaemons() {}

  /**
   * The daemon for the installed service: the monitor with its log file in the data directory and
   * the IPC server on the platform's endpoint ({@link BridgeLinkDaemon#startForService}).
   *
   * @param startParams procrun's {@code StartParams} (none are configured today)
   */
  public static DaemonFactory forService(String[] startParams) {
    return BridgeLinkDaemon::startForService;
  }
}
