package com.maemuki.bridgelink.ipc.transport.unix;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the socket is protected.
 *
 * @param group the group given access (name or numeric gid); empty keeps the service's own group,
 *     which on a root service means only root can connect
 * @param groupDatabase where a peer's supplementary groups come from; read again for each accepted
 *     connection, so a user added to a group (the operators group) counts from their next
 *     connection
 */
public record UnixSocketOptions(Optional<String> group, Supplier<GroupDatabase> groupDatabase) {
  /** Socket file mode: owner and group may connect, nobody else. */
  public static final String SOCKET_MODE = "rw-rw----";

  /** Directory mode: owner and group may reach the socket, nobody else may even list it. */
  public static final String DIRECTORY_MODE = "rwxr-x---";

  /** The service's own group and the system group file. */
  public static UnixSocketOptions defaults() {
    return new UnixSocketOptions(Optional.empty(), GroupDatabase::system);
  }

  /** Grants {@code group} access to the socket. */
  public static UnixSocketOptions withGroup(String group) {
    return new UnixSocketOptions(Optional.of(group), GroupDatabase::system);
  }
}
