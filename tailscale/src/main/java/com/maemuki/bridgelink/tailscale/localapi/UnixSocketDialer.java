package com.maemuki.bridgelink.tailscale.localapi;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Dials tailscaled's Unix domain socket with the JDK's own support (no native code). */
public final class UnixSocketDialer implements LocalApiDialer {

  private final Path socket;
  private final String startHint;

  /**
   * @param startHint how to start tailscaled on this system, for the "not running" message
   */
  public UnixSocketDialer(Path socket, String startHint) {
    this.socket = socket;
    this.startHint = startHint;
  }

  public UnixSocketDialer(Path socket) {
    this(socket, "start it (for example 'sudo systemctl start tailscaled')");
  }

  @Override
  public String describe() {
    return "unix socket " + socket;
  }

  @Override
  public LocalApiChannel dial(Deadline deadline) throws LocalApiException {
    if (!Files.exists(socket)) {
      throw new DaemonUnavailableException(
          socket.toString(),
          "tailscaled is not running: no LocalAPI socket at "
              + socket
              + "; "
              + startHint
              + ", or pass --socket PATH if it listens elsewhere",
          null);
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException e) {
      throw new DaemonUnavailableException(
          socket.toString(), "cannot open a unix socket: " + e.getMessage(), e);
    }
    try (Watchdog.Guard guard = Watchdog.arm(deadline, channel)) {
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
        return new SocketLocalApiChannel(channel);
      } catch (IOException e) {
        closeQuietly(channel);
        if (guard.fired()) {
          throw new LocalApiTimeoutException(
              "connecting to tailscaled at " + socket + " took longer than " + deadline.budget(),
              deadline.budget());
        }
        throw classify(e);
      }
    }
  }

  private LocalApiException classify(IOException e) {
    String reason = String.valueOf(e.getMessage());
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("permission denied") || lower.contains("access denied")) {
      return new AccessDeniedException(
          0, reason, "not allowed to open tailscaled's socket " + socket + " (" + reason + ")");
    }
    String what =
        lower.contains("refused")
            ? "nothing is listening on " + socket
            : lower.contains("no such file")
                ? "no LocalAPI socket at " + socket
                : "cannot connect to " + socket + " (" + reason + ")";
    return new DaemonUnavailableException(
        socket.toString(),
        "tailscaled is not running: "
            + what
            + "; "
            + startHint
            + ", or pass --socket PATH if it listens elsewhere",
        e);
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Already failed; nothing more to release.
    }
  }

  /** A connected blocking socket channel; closing it from another thread ends a blocked read. */
  private static final class SocketLocalApiChannel implements LocalApiChannel {
    private final SocketChannel channel;

    SocketLocalApiChannel(SocketChannel channel) {
      this.channel = channel;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      int written = 0;
      while (src.hasRemaining()) {
        written += channel.write(src);
      }
      return written;
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
