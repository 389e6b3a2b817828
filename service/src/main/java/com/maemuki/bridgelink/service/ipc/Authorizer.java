package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides roles from the OS's identity of the caller, never from anything the caller says. Anyone
 * who could connect is a viewer (the socket mode or pipe ACL already limits who can connect);
 * operators are Administrators/root, members of the configured group, or everyone under {@code
 * AllowUserRepair=always}.
 */
public final class Authorizer {
  private final Supplier<AuthorizationPolicy> policies;

  public Authorizer(AuthorizationPolicy policy) {
    this(() -> policy);
  }

  /** Reads the policy at each hello, so a configuration or machine policy change applies. */
  public Authorizer(Supplier<AuthorizationPolicy> policies) {
    this.policies = policies;
  }

  public Set<Role> rolesFor(PeerIdentity peer) {
    AuthorizationPolicy policy = policies.get();
    Set<Role> roles = EnumSet.of(Role.VIEWER);
    if (peer.administrator()
        || policy.operatorGroup().map(peer::inGroup).orElse(false)
        || policy.allowUserRepair() == AllowUserRepair.ALWAYS) {
      roles.add(Role.OPERATOR);
    }
    return roles;
  }

  /** True when a caller with {@code roles} may call a method that needs {@code required}. */
  public static boolean permits(Set<Role> roles, Role required) {
    return roles.contains(required);
  }
}
