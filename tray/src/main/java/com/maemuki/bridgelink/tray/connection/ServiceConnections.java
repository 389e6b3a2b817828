package com.maemuki.bridgelink.tray.connection;

import java.nio.file.Path;

/** Chooses the connection to the service: the IPC client over the platform transport. */
public final class ServiceConnections {
  private ServiceConnections() {}

  /** The connection; {@code socket} overrides the platform's default endpoint. */
  public static ServiceConnection open(Path socket) {
    throw new UnsupportedOperationException("IPC client not merged yet");
  }
}
