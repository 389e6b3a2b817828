package com.maemuki.bridgelink.service.platform;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who may run privileged repairs (DESIGN.md § IPC): LocalSystem, members of Administrators (only
 * with an elevated token: UAC leaves Administrators deny-only otherwise), members of the configured
 * operators group, or anybody when the machine policy allows users to repair. On Unix: root, or a
 * member of the configured operators group ("gid:N"). Pure: the token is read by the platform
 * adapter.
 */
public final class OperatorRule {

  /** BUILTIN\Administrators. */
  public static final String ADMINISTRATORS_SID = "S-1-5-32-544";

  /** NT AUTHORITY\SYSTEM. */
  public static final String LOCAL_SYSTEM_SID = "S-1-5-18";

  private static final Pattern SID = Pattern.compile("S-1-\\d{1,14}(-\\d{1,10}){1,15}");
  private static final Pattern GID = Pattern.compile("gid:\\d{1,10}");

  private final Set<String> operatorGroups;
  private final boolean policyAllowsUsers;

  /**
   * @param operatorGroups the configured operators group SIDs (or "gid:N"); invalid entries are
   *     refused, so a typo cannot silently grant or deny
   * @param policyAllowsUsers the machine policy lets every interactive user repair
   */
  public OperatorRule(Set<String> operatorGroups, boolean policyAllowsUsers) {
    for (String g : operatorGroups) {
      if (!isSid(g) && !GID.matcher(g).matches()) {
        throw new IllegalArgumentException("not a group SID or gid: " + g);
      }
    }
    this.operatorGroups =
        operatorGroups.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    this.policyAllowsUsers = policyAllowsUsers;
  }

  /** True for a well-formed SID string such as "S-1-5-32-544". */
  public static boolean isSid(String text) {
    return text != null && SID.matcher(text).matches();
  }

  /** The decision with its reason, for the audit record. */
  public Decision decide(CallerIdentity caller) {
    if (caller.userSid().equalsIgnoreCase(LOCAL_SYSTEM_SID) || caller.userSid().equals("uid:0")) {
      return new Decision(true, "system account");
    }
    if (caller.hasGrantingGroup(ADMINISTRATORS_SID)) {
      return new Decision(true, "member of Administrators (elevated)");
    }
    for (GroupMembership g : caller.groups()) {
      if (g.grants() && operatorGroups.contains(g.sid().toUpperCase(Locale.ROOT))) {
        return new Decision(true, "member of the operators group " + g.sid());
      }
    }
    if (policyAllowsUsers) {
      return new Decision(true, "machine policy allows users to repair");
    }
    boolean filteredAdmin =
        caller.groups().stream()
            .anyMatch(g -> g.denyOnly() && g.sid().equalsIgnoreCase(ADMINISTRATORS_SID));
    return new Decision(
        false,
        filteredAdmin
            ? "an administrator without elevation (Administrators is deny-only in this token)"
            : "not an administrator or operator");
  }

  /** Whether the caller may run privileged repairs, and why. */
  public record Decision(boolean allowed, String reason) {}
}
