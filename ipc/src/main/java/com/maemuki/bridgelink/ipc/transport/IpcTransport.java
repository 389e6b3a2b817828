package com.maemuki.bridgelink.ipc.transport;

import java.io.IOException;
import java.time.Duration;

/** One local endpoint (a socket path or a pipe name): the service binds it, clients connect. */
public interface IpcTransport {
  /**
   * Creates the endpoint with its access control and starts accepting.
   *
   * @throws IOException when the endpoint cannot be created, or another live service owns it
   */
  IpcListener bind() throws IOException;

  /**
   * Connects to a service listening on the endpoint.
   *
   * @throws ServiceUnavailableException when nothing listens there
   * @throws IOException for any other failure (including a server that is not ours)
   */
  IpcConnection connect(Duration timeout) throws IOException;

  /** Where this transport lives, for messages ({@code /run/…/ipc.sock}, {@code \\.\pipe\…}). */
  String describe();
}
