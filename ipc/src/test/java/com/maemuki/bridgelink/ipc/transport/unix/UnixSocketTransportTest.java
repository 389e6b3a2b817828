package com.maemuki.bridgelink.ipc.transport.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.ipc.transport.ServiceUnavailableException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketTransportTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path temp;

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static PosixFileAttributes attributes(Path path) throws IOException {
    return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  @Test
  void protectsSocketAndDirectoryWithModeAndGroup() throws IOException {
    assumeTrue(isRoot(), "changing a file's group to one we are not in needs root");
    Path socket = temp.resolve("run/ipc.sock");
    UnixSocketTransport transport =
        new UnixSocketTransport(socket, UnixSocketOptions.withGroup("daemon"));
    try (IpcListener listener = transport.bind()) {
      assertThat(PosixFilePermissions.toString(attributes(socket).permissions()))
          .isEqualTo("rw-rw----");
      assertThat(PosixFilePermissions.toString(attributes(socket.getParent()).permissions()))
          .isEqualTo("rwxr-x---");
      assertThat(attributes(socket).group().getName()).isEqualTo("daemon");
      assertThat(attributes(socket.getParent()).group().getName()).isEqualTo("daemon");
      assertThat(listener.describe()).isEqualTo(socket.toString());
    }
    assertThat(socket).doesNotExist();
  }

  /** Found when a run with --ipc-socket under /tmp as root left /tmp at rwxr-x---. */
  @Test
  void leavesASharedDirectoryItFindsAsItIs() throws IOException {
    Path shared = Files.createDirectory(temp.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path socket = shared.resolve("ipc.sock");
    try (IpcListener listener = new UnixSocketTransport(socket).bind()) {
      assertThat(PosixFilePermissions.toString(attributes(shared).permissions()))
          .isEqualTo("rwxrwxrwx");
      assertThat(PosixFilePermissions.toString(attributes(socket).permissions()))
          .isEqualTo("rw-rw----");
    }
  }

  @Test
  void identifiesThePeerFromTheKernel() throws Exception {
    Path socket = temp.resolve("run/ipc.sock");
    UnixSocketTransport transport = new UnixSocketTransport(socket);
    try (IpcListener listener = transport.bind()) {
      CompletableFuture<IpcConnection> accepted =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return listener.accept();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      try (IpcConnection client = transport.connect(TIMEOUT);
          IpcConnection server = accepted.get()) {
        PeerIdentity peer = server.peer();
        long myUid = new com.sun.security.auth.module.UnixSystem().getUid();
        long myGid = new com.sun.security.auth.module.UnixSystem().getGid();
        assertThat(peer.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(peer.uid()).isEqualTo(myUid);
        assertThat(peer.gid()).isEqualTo(myGid);
        assertThat(peer.userSid()).isEmpty();
        assertThat(peer.hasGrantingGroup(Long.toString(myGid))).isTrue();
        assertThat(peer.groups()).allMatch(GroupMembership::grants);
        assertThat(peer.pid()).isEqualTo(-1);

        client.output().write(new byte[] {1, 2, 3});
        client.output().flush();
        assertThat(server.input().readNBytes(3)).containsExactly(1, 2, 3);
      }
    }
  }

  @Test
  void removesAStaleSocketNobodyAnswers() throws IOException {
    Path socket = temp.resolve("run/ipc.sock");
    Files.createDirectories(socket.getParent());
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(socket));
    }
    assertThat(socket).exists();
    try (IpcListener listener = new UnixSocketTransport(socket).bind()) {
      assertThat(socket).exists();
    }
  }

  @Test
  void neverTakesOverALiveSocket() throws IOException {
    Path socket = temp.resolve("run/ipc.sock");
    UnixSocketTransport transport = new UnixSocketTransport(socket);
    try (IpcListener first = transport.bind()) {
      assertThatThrownBy(transport::bind).hasMessageContaining("already listening");
      assertThat(socket).exists();
      transport.connect(TIMEOUT).close();
    }
  }

  @Test
  void neverRemovesSomethingThatIsNotASocket() throws IOException {
    Path socket = temp.resolve("run/ipc.sock");
    Files.createDirectories(socket.getParent());
    Files.writeString(socket, "precious");
    assertThatThrownBy(() -> new UnixSocketTransport(socket).bind())
        .hasMessageContaining("not a socket");
    assertThat(socket).hasContent("precious");
  }

  @Test
  void refusesADirectoryOwnedBySomeoneElse() throws IOException {
    assumeTrue(isRoot(), "handing a directory to another user needs root");
    Path directory = temp.resolve("squatted");
    Files.createDirectories(directory);
    Files.setOwner(
        directory,
        directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    assertThatThrownBy(() -> new UnixSocketTransport(directory.resolve("ipc.sock")).bind())
        .hasMessageContaining("owned by nobody");
  }

  @Test
  void connectingToNothingSaysTheServiceIsNotRunning() {
    assertThatThrownBy(() -> new UnixSocketTransport(temp.resolve("none.sock")).connect(TIMEOUT))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("not running");
  }
}
