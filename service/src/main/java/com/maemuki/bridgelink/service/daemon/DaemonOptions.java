package com.maemuki.bridgelink.service.daemon;

import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.platform.DaemonControl;
import java.nio.file.Path;

/**
 * How to start the monitor.
 *
 * @param configFile {@code config.json}, or null for none
 * @param configRequired whether a missing file is a problem (a person named it)
 * @param ipcEndpoint where to serve IPC clients (the tray, {@code status}), or null for no IPC
 */
public record DaemonOptions(
    Path configFile,
    boolean configRequired,
    MachinePolicy policy,
    ConfigOverrides overrides,
    DaemonControl daemonControl,
    IpcTransport ipcEndpoint) {

  /** Without IPC ({@code doctor}, tests). */
  public DaemonOptions(
      Path configFile,
      boolean configRequired,
      MachinePolicy policy,
      ConfigOverrides overrides,
      DaemonControl daemonControl) {
    this(configFile, configRequired, policy, overrides, daemonControl, null);
  }

  /** The same options serving IPC on {@code endpoint} (null: none). */
  public DaemonOptions withIpc(IpcTransport endpoint) {
    return new DaemonOptions(
        configFile, configRequired, policy, overrides, daemonControl, endpoint);
  }
}
