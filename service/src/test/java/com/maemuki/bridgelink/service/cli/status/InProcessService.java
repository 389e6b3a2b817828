package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.ipc.AuthorizationPolicy;
import com.maemuki.bridgelink.service.ipc.Authorizer;
import com.maemuki.bridgelink.service.ipc.Dispatcher;
import com.maemuki.bridgelink.service.ipc.EventHub;
import com.maemuki.bridgelink.service.ipc.InMemoryServiceFacade;
import com.maemuki.bridgelink.service.ipc.IpcServer;
import com.maemuki.bridgelink.service.ipc.IpcServerConfig;
import com.maemuki.bridgelink.service.ipc.ServiceMethods;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** The real IPC server on a real Unix socket, over the in-memory facade of the IPC tests. */
final class InProcessService implements AutoCloseable {
  final InMemoryServiceFacade facade;
  final EventHub hub = new EventHub();
  private final IpcServer server;

  private InProcessService(Path socket, InMemoryServiceFacade facade) throws IOException {
    this.facade = facade;
    Dispatcher dispatcher = ServiceMethods.dispatcher(facade, hub, entry -> {}, Clock.systemUTC());
    server =
        new IpcServer(
                new UnixSocketTransport(socket),
                IpcServerConfig.defaults("test"),
                dispatcher,
                new Authorizer(AuthorizationPolicy.administratorsOnly()),
                hub)
            .start();
  }

  static InProcessService start(Path socket) throws IOException {
    return new InProcessService(socket, new InMemoryServiceFacade());
  }

  static InProcessService start(Path socket, InMemoryServiceFacade facade) throws IOException {
    return new InProcessService(socket, facade);
  }

  @Override
  public void close() {
    server.close();
  }
}
