package com.maemuki.bridgelink.ipc.transport.unix;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The bound socket; closing it removes the socket file. */
final class UnixSocketListener implements IpcListener {
  private final ServerSocketChannel server;
  private final Path socketPath;
  private final Supplier<GroupDatabase> groups;

  UnixSocketListener(ServerSocketChannel server, Path socketPath, Supplier<GroupDatabase> groups) {
    this.server = server;
    this.socketPath = socketPath;
    this.groups = groups;
  }

  @Override
  public IpcConnection accept() throws IOException {
    SocketChannel channel = server.accept();
    try {
      return new UnixSocketConnection(channel, groups.get());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public String describe() {
    return socketPath.toString();
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      Files.deleteIfExists(socketPath);
    }
  }
}
