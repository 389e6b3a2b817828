package com.maemuki.bridgelink.service.cli.status;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.message.IpcError;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One sentence for a user whose {@code bridge-link status} could not reach the service: what went
 * wrong, where ({@code endpoint}), and what to do. Never a stack trace.
 */
public final class ServiceProblem {
  static final String START_IT =
      "Start it with `bridge-link run` or the Windows service MaemukiBridgeLink.";

  private ServiceProblem() {}

  /**
   * @param endpoint the socket path or pipe name, as the transport describes it
   * @param socket the Unix socket path, or null on Windows
   */
  public static String describe(IpcException e, String endpoint, Path socket) {
    String code = String.valueOf(e.code());
    if (isPermissionDenied(e)) {
      return "Permission denied on "
          + endpoint
          + ": this account may not talk to the Bridge Link service. Run as an administrator"
          + " (root), or ask one to add you to the group the service lets view its status.";
    }
    switch (code) {
      case IpcException.SERVICE_UNAVAILABLE:
        return notRunning(endpoint, socket);
      case IpcException.UNTRUSTED_SERVER:
        // The transport's sentence names the process and the remedy; nothing was read from it.
        return e.getMessage();
      case IpcError.PROTOCOL_VERSION:
        return "The Bridge Link service at "
            + endpoint
            + " speaks another protocol version ("
            + e.getMessage()
            + "). Install the same Bridge Link version for the service and this command.";
      case IpcError.FORBIDDEN:
        return "The Bridge Link service at "
            + endpoint
            + " refused this account: "
            + e.getMessage();
      case IpcError.NOT_AVAILABLE:
      case IpcError.BUSY:
        return "The Bridge Link service at " + endpoint + " is busy: " + e.getMessage();
      case IpcException.TIMEOUT:
      case IpcException.DISCONNECTED:
      case IpcError.BAD_REQUEST:
        return "Something at "
            + endpoint
            + " does not answer like the Bridge Link service ("
            + e.getMessage()
            + "). Is --ipc-socket or BRIDGE_LINK_IPC_SOCKET pointing at the right socket?";
      default:
        return "The Bridge Link service at " + endpoint + " failed: " + e.getMessage();
    }
  }

  private static String notRunning(String endpoint, Path socket) {
    if (socket != null && !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return "The Bridge Link service is not running (no socket at " + socket + "). " + START_IT;
    }
    if (socket != null && isRegularFileOrDirectory(socket)) {
      // a socket is neither; a file or directory here means a wrong --ipc-socket, not a service
      return endpoint
          + " is not a socket. Point --ipc-socket or BRIDGE_LINK_IPC_SOCKET at the"
          + " service's socket.";
    }
    return "The Bridge Link service is not running (nothing answers at "
        + endpoint
        + "). "
        + START_IT;
  }

  private static boolean isRegularFileOrDirectory(Path path) {
    return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean isPermissionDenied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return true;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("permission denied") || message.contains("access is denied")) {
        return true;
      }
    }
    return false;
  }
}
