package com.maemuki.bridgelink.service.ipc;

import java.util.Optional;

/**
 * Who is an operator besides the system account and Administrators/root: the live configuration's
 * view (machine policy over {@code config.json}), read by {@link Authorizer} at every decision.
 *
 * @param operatorsGroup the configured operators group as written: a group name or numeric gid on
 *     Unix, a group name or SID string on Windows; resolved against this machine when deciding
 * @param allowUserRepair the machine policy lets every local user who can connect repair
 */
public record AuthorizationPolicy(Optional<String> operatorsGroup, boolean allowUserRepair) {

  /** Administrators (root) only. */
  public static AuthorizationPolicy administratorsOnly() {
    return new AuthorizationPolicy(Optional.empty(), false);
  }

  /** Administrators (root) and the members of {@code group}. */
  public static AuthorizationPolicy withOperatorsGroup(String group) {
    return new AuthorizationPolicy(Optional.of(group), false);
  }
}
