package com.maemuki.bridgelink.ipc.transport;

import java.util.List;

/**
 * The OS's account of the process on the other end of a connection: facts only, never a decision
 * (who is an operator is the service's {@code Authorizer}'s call, from these facts).
 *
 * @param user the login name (Unix) or "DOMAIN\\user" (Windows) for logs and audit; may be empty
 * @param userSid the user's SID string on Windows ("S-1-5-18" is LocalSystem); empty on Unix
 * @param uid Unix user id, or -1 on Windows
 * @param gid Unix primary group id, or -1 on Windows
 * @param pid process id, or -1 when the OS API does not give it (the JDK's {@code SO_PEERCRED}
 *     exposes only user and group)
 * @param sessionId Windows logon session id, or -1 on Unix
 * @param groups every group with its attributes: the token's groups (Windows, deny-only and
 *     disabled ones included) or the primary and supplementary groups (Unix)
 */
public record PeerIdentity(
    String user,
    String userSid,
    long uid,
    long gid,
    long pid,
    int sessionId,
    List<GroupMembership> groups) {

  public PeerIdentity {
    user = user == null ? "" : user;
    userSid = userSid == null ? "" : userSid;
    groups = List.copyOf(groups);
  }

  /** A peer the transport could not identify: no user, no groups, so no privileges. */
  public static PeerIdentity unknown(long pid, int sessionId) {
    return new PeerIdentity("", "", -1, -1, pid, sessionId, List.of());
  }

  /** True when the group {@code groupId} (gid or SID) is enabled and not deny-only. */
  public boolean hasGrantingGroup(String groupId) {
    return groups.stream().anyMatch(g -> g.grants() && g.is(groupId));
  }

  /** True when the group {@code groupId} is present but only for deny (UAC-filtered). */
  public boolean hasDenyOnlyGroup(String groupId) {
    return groups.stream().anyMatch(g -> g.denyOnly() && g.is(groupId));
  }

  /** A short description for logs and audit records. */
  public String describe() {
    StringBuilder text = new StringBuilder(user.isEmpty() ? userSid : user);
    if (!userSid.isEmpty() && !user.isEmpty()) {
      text.append(" (").append(userSid).append(')');
    }
    if (uid >= 0) {
      text.append(" (uid ").append(uid).append(')');
    }
    if (text.length() == 0) {
      text.append("unidentified peer");
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
