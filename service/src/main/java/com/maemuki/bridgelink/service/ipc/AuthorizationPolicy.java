package com.maemuki.bridgelink.service.ipc;

import java.util.Optional;

/**
 * Who is an operator besides Administrators/root.
 *
 * @param operatorGroup a group whose members are operators: a name or numeric gid on Unix, a SID on
 *     Windows (resolve names to SIDs once at startup)
 * @param allowUserRepair the machine policy
 */
public record AuthorizationPolicy(Optional<String> operatorGroup, AllowUserRepair allowUserRepair) {

  /** Administrators (root) only. */
  public static AuthorizationPolicy administratorsOnly() {
    return new AuthorizationPolicy(Optional.empty(), AllowUserRepair.NEVER);
  }

  public static AuthorizationPolicy withOperatorGroup(String group) {
    return new AuthorizationPolicy(Optional.of(group), AllowUserRepair.NEVER);
  }
}
