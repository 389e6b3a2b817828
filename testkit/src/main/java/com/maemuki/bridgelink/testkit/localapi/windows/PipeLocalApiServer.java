package com.maemuki.bridgelink.testkit.localapi.windows;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.PipeSecurity;
import com.maemuki.bridgelink.ipc.transport.windows.NamedPipeTransport;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import java.io.IOException;

/**
 * Accepts clients on a named pipe and hands each to an {@link LocalApiSimulator#unlistened
 * unlistened} simulator. Like tailscaled's pipe, any local user may connect (the simulator does not
 * model tailscaled's per-user admission).
 */
public final class PipeLocalApiServer implements AutoCloseable {
  /** Where tailscaled listens on Windows. */
  public static final String TAILSCALED_PIPE =
      "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\Tailscale\\tailscaled";

  private final IpcListener listener;
  private final LocalApiSimulator simulator;
  private final Thread acceptor;
  private volatile boolean closed;

  private PipeLocalApiServer(IpcListener listener, LocalApiSimulator simulator) {
    this.listener = listener;
    this.simulator = simulator;
    this.acceptor = new Thread(this::acceptLoop, "localapi-pipe-accept");
    acceptor.setDaemon(true);
  }

  /** Creates {@code pipeName} (first instance: fails if another process owns it) and serves. */
  public static PipeLocalApiServer start(String pipeName, LocalApiSimulator simulator)
      throws IOException {
    PipeSecurity security =
        PipeSecurity.builder()
            .defaultOwner()
            .allow("SY", PipeSecurity.FULL_CONTROL)
            .allow("BA", PipeSecurity.FULL_CONTROL)
            .allow("WD", PipeSecurity.READ_WRITE_DATA)
            .build();
    IpcListener listener = new NamedPipeTransport(pipeName, () -> -1, security).bind();
    PipeLocalApiServer server = new PipeLocalApiServer(listener, simulator);
    server.acceptor.start();
    return server;
  }

  private void acceptLoop() {
    while (!closed) {
      IpcConnection connection;
      try {
        connection = listener.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        System.err.println("localapi pipe: accept failed: " + e.getMessage());
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          return;
        }
        continue;
      }
      simulator.serve(connection.input(), connection.output(), connection);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    simulator.close();
  }
}
