package com.maemuki.bridgelink.service.cli;

import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.service.platform.Platforms;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks {@code --socket} (tailscaled's LocalAPI) before anything dials it: a path that is a file
 * or a folder, or Bridge Link's own IPC socket, is a mix-up with {@code --ipc-socket}, and saying
 * "tailscaled is not running" for it would send the admin to the wrong machine part.
 */
final class SocketOption {

  private SocketOption() {}

  /** The value, or a usage error naming the mix-up. */
  static String check(CommandSpec spec, String value) {
    String problem = problem(value);
    if (problem != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), problem);
    }
    return value;
  }

  static String problem(String value) {
    if (value == null || value.isBlank() || value.startsWith("\\\\.\\pipe\\")) {
      return null;
    }
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
    if (isOurIpcSocket(path)) {
      return "--socket "
          + value
          + " is Bridge Link's own IPC socket, not tailscaled's; did you mean --ipc-socket?";
    }
    try {
      BasicFileAttributes a =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isRegularFile() || a.isDirectory()) {
        return "--socket "
            + value
            + " is a "
            + (a.isDirectory() ? "folder" : "file")
            + ", not tailscaled's socket; did you mean --ipc-socket?";
      }
    } catch (java.io.IOException | UnsupportedOperationException e) {
      // Absent or unreadable: the LocalAPI client says so in its own words.
    }
    return null;
  }

  private static boolean isOurIpcSocket(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String env = System.getenv(Transports.SOCKET_ENV);
    if (env != null
        && !env.isBlank()
        && absolute.equals(Path.of(env).toAbsolutePath().normalize())) {
      return true;
    }
    if (!Platforms.os().isWindows()
        && absolute.equals(Transports.defaultSocketPath().toAbsolutePath().normalize())) {
      return true;
    }
    Path parent = absolute.getParent();
    return Objects.equals(String.valueOf(absolute.getFileName()), "ipc.sock")
        && parent != null
        && String.valueOf(parent.getFileName()).contains("maemuki-bridge-link");
  }
}
