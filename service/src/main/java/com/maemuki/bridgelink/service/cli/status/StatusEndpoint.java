package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.platform.Platforms;
import java.nio.file.Path;

/**
 * Where {@code bridge-link status} finds the service: {@code --ipc-socket PATH} when given, else
 * {@link Transports#forCurrentOs()} (which honours {@code BRIDGE_LINK_IPC_SOCKET}).
 *
 * @param transport the endpoint to connect to
 * @param socket the Unix socket path (for messages), or null for the Windows pipe
 */
public record StatusEndpoint(IpcTransport transport, Path socket) {

  /** The endpoint for {@code --ipc-socket} ({@code explicitSocket}, may be null). */
  public static StatusEndpoint of(Path explicitSocket) {
    if (explicitSocket != null) {
      return new StatusEndpoint(Transports.at(explicitSocket), explicitSocket);
    }
    return new StatusEndpoint(
        Transports.forCurrentOs(),
        Platforms.os().isWindows() ? null : Transports.defaultSocketPath());
  }

  /** Connects and says hello. */
  public IpcSession open(SessionOptions options) throws IpcException {
    return IpcSession.open(transport, options, null);
  }

  public String describe() {
    return transport.describe();
  }

  /** The user-facing sentence for a failure to reach the service here. */
  public String problem(IpcException e) {
    return ServiceProblem.describe(e, describe(), socket);
  }
}
