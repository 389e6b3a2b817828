package com.maemuki.bridgelink.ipc.transport;

import java.util.Set;

/**
 * The OS's account of the process on the other end of a connection.
 *
 * @param user user name (Unix) or SID string (Windows); never null
 * @param uid Unix user id, or -1 on Windows
 * @param gid Unix primary group id, or -1 on Windows
 * @param pid process id, or -1 when the OS API does not give it (the JDK's {@code SO_PEERCRED}
 *     exposes only user and group)
 * @param sessionId Windows logon session id, or -1 on Unix
 * @param groups group names and ids (Unix: names and numeric gids, primary and supplementary) or
 *     enabled token group SIDs (Windows)
 * @param administrator root (Unix) or a member of BUILTIN\Administrators with the group enabled in
 *     its token (Windows)
 */
public record PeerIdentity(
    String user,
    long uid,
    long gid,
    long pid,
    int sessionId,
    Set<String> groups,
    boolean administrator) {

  public PeerIdentity {
    user = user == null ? "" : user;
    groups = Set.copyOf(groups);
  }

  /** True when {@code group} (a name, numeric gid or SID) is one of the peer's groups. */
  public boolean inGroup(String group) {
    return group != null && !group.isBlank() && groups.contains(group);
  }

  /** A short description for logs and audit records. */
  public String describe() {
    StringBuilder text = new StringBuilder(user);
    if (uid >= 0) {
      text.append(" (uid ").append(uid).append(')');
    }
    if (pid >= 0) {
      text.append(" pid ").append(pid);
    }
    if (sessionId >= 0) {
      text.append(" session ").append(sessionId);
    }
    return text.toString();
  }
}
