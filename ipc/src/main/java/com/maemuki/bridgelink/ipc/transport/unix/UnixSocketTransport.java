package com.maemuki.bridgelink.ipc.transport.unix;

import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.ServiceUnavailableException;
import java.io.IOException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A Unix domain socket at a path; see the package description for the protection it sets. */
public final class UnixSocketTransport implements IpcTransport {
  /**
   * Room for a burst of local connections while the server's accept thread catches up; a full
   * backlog makes a client's connect fail with "resource temporarily unavailable". The kernel caps
   * it at net.core.somaxconn.
   */
  private static final int BACKLOG = 1024;

  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;

  private final Path socketPath;
  private final UnixSocketOptions options;

  public UnixSocketTransport(Path socketPath, UnixSocketOptions options) {
    this.socketPath = socketPath.toAbsolutePath();
    this.options = options;
  }

  public UnixSocketTransport(Path socketPath) {
    this(socketPath, UnixSocketOptions.defaults());
  }

  public Path socketPath() {
    return socketPath;
  }

  @Override
  public String describe() {
    return socketPath.toString();
  }

  @Override
  public IpcListener bind() throws IOException {
    GroupPrincipal group = lookupGroup();
    prepareDirectory(socketPath.getParent(), group);
    removeStaleSocket();
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socketPath), BACKLOG);
      // The 0750 directory keeps others out during the moment the socket has umask permissions.
      // Following links is safe here (the directory is ours) and needed: the JDK's no-follow
      // chmod opens the file, which a socket refuses.
      PosixFileAttributeView view =
          Files.getFileAttributeView(socketPath, PosixFileAttributeView.class);
      view.setPermissions(PosixFilePermissions.fromString(UnixSocketOptions.SOCKET_MODE));
      if (group != null) {
        view.setGroup(group);
      }
    } catch (IOException | RuntimeException e) {
      server.close();
      Files.deleteIfExists(socketPath);
      throw e;
    }
    return new UnixSocketListener(server, socketPath, options.groupDatabase());
  }

  @Override
  public IpcConnection connect(Duration timeout) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      connectWithin(channel, UnixDomainSocketAddress.of(socketPath), timeout);
      return new UnixSocketConnection(channel, options.groupDatabase().get());
    } catch (SocketException e) {
      channel.close();
      throw new ServiceUnavailableException(
          "the Bridge Link service is not running (nothing answers on "
              + socketPath
              + ": "
              + e.getMessage()
              + ")",
          e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * A blocking connect (a Unix socket whose backlog is full makes a non-blocking connect fail at
   * once, where a blocking one waits its turn), bounded by closing the channel at the deadline.
   */
  private static void connectWithin(
      SocketChannel channel, UnixDomainSocketAddress address, Duration timeout) throws IOException {
    ScheduledFuture<?> deadline =
        ConnectDeadlines.TIMER.schedule(
            () -> {
              try {
                channel.close();
              } catch (IOException e) {
                // nothing more to do for a connect we are abandoning
              }
            },
            Math.max(1, timeout.toMillis()),
            TimeUnit.MILLISECONDS);
    try {
      channel.connect(address);
    } catch (AsynchronousCloseException e) {
      throw new SocketException("connect timed out after " + timeout.toMillis() + " ms");
    } finally {
      deadline.cancel(false);
    }
  }

  /** One daemon thread for every connect deadline of the process. */
  private static final class ConnectDeadlines {
    static final ScheduledExecutorService TIMER =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "ipc-connect-deadline");
              thread.setDaemon(true);
              return thread;
            });
  }

  private GroupPrincipal lookupGroup() throws IOException {
    if (options.group().isEmpty()) {
      return null;
    }
    return socketPath
        .getFileSystem()
        .getUserPrincipalLookupService()
        .lookupPrincipalByGroupName(options.group().get());
  }

  /**
   * Creates the directory or takes over one we own. A directory owned by someone else is refused:
   * under /tmp another user could have created it to capture or impersonate the socket.
   */
  private static void prepareDirectory(Path directory, GroupPrincipal group) throws IOException {
    if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(directory);
    }
    PosixFileAttributeView view = posixView(directory);
    UserPrincipal owner = view.getOwner();
    UserPrincipal me =
        directory
            .getFileSystem()
            .getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name"));
    if (!owner.equals(me)) {
      throw new IOException(
          "refusing to use " + directory + ": it is owned by " + owner.getName() + ", not by us");
    }
    if (view.readAttributes().permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
      // A shared directory such as /tmp (root's, when we run as root): restricting it would lock
      // every other user out of it. The socket's own mode and group guard the socket there.
      return;
    }
    view.setPermissions(PosixFilePermissions.fromString(UnixSocketOptions.DIRECTORY_MODE));
    if (group != null) {
      view.setGroup(group);
    }
  }

  /**
   * Removes a socket left by a service that died, but never a live one and never anything that is
   * not a socket.
   */
  private void removeStaleSocket() throws IOException {
    if (!Files.exists(socketPath, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    int mode = (Integer) Files.getAttribute(socketPath, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    if ((mode & S_IFMT) != S_IFSOCK) {
      throw new IOException(socketPath + " exists and is not a socket; not removing it");
    }
    try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      connectWithin(probe, UnixDomainSocketAddress.of(socketPath), Duration.ofSeconds(1));
      throw new IOException("another service is already listening on " + socketPath);
    } catch (SocketException refused) {
      Files.delete(socketPath);
    }
  }

  private static PosixFileAttributeView posixView(Path path) {
    return Files.getFileAttributeView(
        path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
  }
}
