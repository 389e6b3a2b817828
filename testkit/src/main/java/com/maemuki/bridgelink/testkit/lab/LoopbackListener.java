package com.maemuki.bridgelink.testkit.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP port that accepts and closes connections, like an application listening; can be closed and
 * reopened on the same address and port (port closed / application back).
 */
public final class LoopbackListener implements AutoCloseable {

  private final InetAddress address;
  private final int port;
  private volatile ServerSocket socket;

  public LoopbackListener(InetAddress address, int port) throws IOException {
    this.address = address;
    ServerSocket first = bind(address, port);
    this.port = first.getLocalPort();
    start(first);
  }

  private static ServerSocket bind(InetAddress address, int port) throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(address, port), 50);
    return s;
  }

  private void start(ServerSocket s) {
    socket = s;
    Thread t =
        new Thread(
            () -> {
              while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                  // accepted: that is all a probe needs
                } catch (IOException e) {
                  if (s.isClosed()) {
                    return;
                  }
                }
              }
            },
            "listener-" + port);
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return port;
  }

  public boolean open() {
    return socket != null && !socket.isClosed();
  }

  /** Stops listening: connects are refused. */
  public synchronized void stop() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  /** Listens again on the same address and port. */
  public synchronized void resume() throws IOException {
    if (socket == null) {
      start(bind(address, port));
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
