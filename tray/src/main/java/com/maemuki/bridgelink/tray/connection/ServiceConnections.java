package com.maemuki.bridgelink.tray.connection;

import com.maemuki.bridgelink.ipc.transport.Transports;
import java.nio.file.Path;

/** Chooses the connection to the service: the IPC client over the platform transport. */
public final class ServiceConnections {
  private ServiceConnections() {}

  /**
   * The connection: to {@code socket} when given (a Unix socket), else to the platform's endpoint
   * (the service's named pipe on Windows, its socket elsewhere).
   */
  public static ServiceConnection open(Path socket, String clientName) {
    return new IpcServiceConnection(Transports.at(socket), clientName);
  }
}
