package com.maemuki.bridgelink.service.platform;

import java.util.List;
import java.util.Objects;

/**
 * Who is calling the service, as read from the OS (a named-pipe client's token on Windows,
 * SO_PEERCRED on Unix). Decisions about it are made by {@link OperatorRule}.
 *
 * @param userSid the user's SID ("S-1-5-21-…"), or "uid:N" on Unix
 * @param userName "DOMAIN\\user" or the Unix login, for audit records; may be empty
 * @param groups the token's groups with their attributes
 */
public record CallerIdentity(String userSid, String userName, List<GroupMembership> groups) {

  public CallerIdentity {
    Objects.requireNonNull(userSid, "userSid");
    userName = userName == null ? "" : userName;
    groups = List.copyOf(groups);
  }

  /** A Unix caller from its peer credentials. */
  public static CallerIdentity unix(long uid, String userName, List<Long> gids) {
    return new CallerIdentity(
        "uid:" + uid,
        userName,
        gids.stream().map(g -> new GroupMembership("gid:" + g, true, false)).toList());
  }

  /** For audit records: "DOMAIN\\user (S-1-5-21-…)". */
  public String describe() {
    return userName.isEmpty() ? userSid : userName + " (" + userSid + ")";
  }

  /** True when an enabled, non-deny-only group of the token has this SID (case-insensitive). */
  public boolean hasGrantingGroup(String sid) {
    return groups.stream().anyMatch(g -> g.grants() && g.sid().equalsIgnoreCase(sid));
  }
}
