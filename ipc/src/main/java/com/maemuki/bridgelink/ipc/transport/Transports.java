package com.maemuki.bridgelink.ipc.transport;

import com.maemuki.bridgelink.ipc.OperatingSystem;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.ipc.transport.windows.NamedPipeTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The one place that chooses the endpoint for this OS.
 *
 * <p>Windows: the named pipe {@link #PIPE_NAME}; the client trusts it only when its server process
 * is our service (PID from the SCM).
 *
 * <p>Elsewhere: {@link #SYSTEM_SOCKET} when running as root or when that directory exists (a system
 * service is installed); otherwise a per-user socket under {@code $XDG_RUNTIME_DIR} (or {@code
 * /tmp/maemuki-bridge-link-$USER}), so that a developer's unprivileged service and tray find each
 * other. {@code BRIDGE_LINK_IPC_SOCKET} overrides the path for both, and the {@code
 * bridgelink.ipc.socket} system property overrides that (a JVM option: tests).
 */
public final class Transports {
  /** Under ProtectedPrefix\Administrators only admins and SYSTEM can create it: no squatting. */
  public static final String PIPE_NAME =
      "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\MaemukiBridgeLink\\ipc";

  /** The socket of a system (root) service. */
  public static final Path SYSTEM_SOCKET = Path.of("/run/maemuki-bridge-link/ipc.sock");

  /** Overrides the socket path (service and clients alike). */
  public static final String SOCKET_ENV = "BRIDGE_LINK_IPC_SOCKET";

  /** Overrides the socket path for this JVM (before {@link #SOCKET_ENV}). */
  public static final String SOCKET_PROPERTY = "bridgelink.ipc.socket";

  /** The Windows service name whose PID the pipe's server must have. */
  public static final String WINDOWS_SERVICE_NAME = "MaemukiBridgeLink";

  private Transports() {}

  /** The endpoint for this OS; on Windows the server PID comes from the SCM. */
  public static IpcTransport forCurrentOs() {
    if (OperatingSystem.current().isWindows()) {
      return NamedPipeTransport.forService(PIPE_NAME, WINDOWS_SERVICE_NAME);
    }
    return new UnixSocketTransport(defaultSocketPath());
  }

  /**
   * The endpoint at an explicit Unix socket path ({@code --ipc-socket}), else this OS's default:
   * the one place besides {@link #forCurrentOs()} that picks a transport class.
   */
  public static IpcTransport at(Path socketOrNull) {
    return socketOrNull != null ? new UnixSocketTransport(socketOrNull) : forCurrentOs();
  }

  /**
   * The endpoint for this OS with an explicit check of the server PID (Windows; ignored on Unix,
   * where the socket's directory and mode already say who may listen there).
   */
  public static IpcTransport forCurrentOs(LongSupplier expectedServerPid) {
    if (OperatingSystem.current().isWindows()) {
      return new NamedPipeTransport(PIPE_NAME, expectedServerPid);
    }
    return new UnixSocketTransport(defaultSocketPath());
  }

  /** The Unix socket path this process should use (see the class description). */
  public static Path defaultSocketPath() {
    String property = System.getProperty(SOCKET_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    return defaultSocketPath(
        System.getenv(),
        isRoot(),
        Files.isDirectory(SYSTEM_SOCKET.getParent()),
        System.getProperty("user.name"));
  }

  /** The rule of {@link #defaultSocketPath()}, with its inputs explicit (tests). */
  public static Path defaultSocketPath(
      Map<String, String> env, boolean root, boolean systemDirectoryExists, String userName) {
    String override = env.get(SOCKET_ENV);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    if (root || systemDirectoryExists) {
      return SYSTEM_SOCKET;
    }
    String runtimeDir = env.get("XDG_RUNTIME_DIR");
    if (runtimeDir != null && !runtimeDir.isBlank() && Path.of(runtimeDir).isAbsolute()) {
      return Path.of(runtimeDir, "maemuki-bridge-link", "ipc.sock");
    }
    return Path.of("/tmp", "maemuki-bridge-link-" + userName, "ipc.sock");
  }

  private static boolean isRoot() {
    try {
      return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    } catch (LinkageError | RuntimeException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
