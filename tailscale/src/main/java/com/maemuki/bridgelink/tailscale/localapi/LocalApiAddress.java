package com.maemuki.bridgelink.tailscale.localapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where tailscaled's LocalAPI listens: a Unix domain socket path or a Windows named pipe name. The
 * defaults are tailscale's own ({@code paths/paths.go}); {@code --socket PATH} overrides them.
 */
public sealed interface LocalApiAddress {

  /** tailscaled ≥ 1.34 on Windows. */
  String WINDOWS_PIPE = "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\Tailscale\\tailscaled";

  /** Linux: the usual socket, then the NAS and appliance packagings, first match wins. */
  List<Path> LINUX_SOCKETS =
      List.of(
          Path.of("/var/run/tailscale/tailscaled.sock"),
          Path.of("/run/tailscale/tailscaled.sock"),
          Path.of("/var/packages/Tailscale/var/tailscaled.sock"),
          Path.of("/var/packages/Tailscale/etc/tailscaled.sock"),
          Path.of("/tmp/tailscale/tailscaled.sock"),
          Path.of("/perm/tailscaled/tailscaled.sock"));

  /** macOS with the open-source tailscaled (the GUI app's TCP+token LocalAPI is not supported). */
  Path MACOS_SOCKET = Path.of("/var/run/tailscaled.socket");

  /** The address in words, for messages. */
  String describe();

  /** The address as {@code --socket} takes it: {@link #parse} of it gives this address back. */
  String text();

  /** A Unix domain socket. */
  record UnixSocket(Path path) implements LocalApiAddress {
    @Override
    public String describe() {
      return "unix socket " + path;
    }

    @Override
    public String text() {
      return path.toString();
    }
  }

  /** A Windows named pipe such as {@link #WINDOWS_PIPE}. */
  record NamedPipe(String name) implements LocalApiAddress {
    @Override
    public String describe() {
      return "named pipe " + name;
    }

    @Override
    public String text() {
      return name;
    }
  }

  /**
   * The address for a user-given {@code --socket} value: a {@code \\.\pipe\…} name is a pipe,
   * anything else a socket path.
   */
  static LocalApiAddress parse(String value) {
    if (value.startsWith("\\\\.\\pipe\\") || value.startsWith("//./pipe/")) {
      return new NamedPipe(value.replace('/', '\\'));
    }
    return new UnixSocket(Path.of(value));
  }

  /**
   * tailscaled's default address on the given OS ({@code os.name}); {@code exists} decides which
   * Linux candidate is present (the first one when none is, so the message names the usual path).
   */
  static LocalApiAddress defaultFor(String osName, Predicate<Path> exists) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return new NamedPipe(WINDOWS_PIPE);
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return new UnixSocket(MACOS_SOCKET);
    }
    return new UnixSocket(
        LINUX_SOCKETS.stream().filter(exists).findFirst().orElse(LINUX_SOCKETS.get(0)));
  }
}
