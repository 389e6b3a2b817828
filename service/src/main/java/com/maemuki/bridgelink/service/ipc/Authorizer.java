package com.maemuki.bridgelink.service.ipc;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.service.platform.GroupLookup;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides roles from the OS's identity of the caller, never from anything the caller says
 * (DESIGN.md § IPC). Anyone who could connect is a viewer (the socket mode or pipe ACL already
 * limits who can connect). Operators are: the system account (LocalSystem, root); members of
 * Administrators whose token has the group enabled (UAC leaves it deny-only in a non-elevated
 * token, which must not grant); members of the configured operators group (again only an enabled,
 * non-deny-only membership); or everybody identified when the machine policy allows users to
 * repair. The policy is read at every decision, so a reloaded configuration applies at once.
 */
public final class Authorizer {

  /** BUILTIN\Administrators. */
  public static final String ADMINISTRATORS_SID = "S-1-5-32-544";

  /** NT AUTHORITY\SYSTEM. */
  public static final String LOCAL_SYSTEM_SID = "S-1-5-18";

  /** How long a group lookup is reused for the same configured value (lookups may be slow). */
  static final Duration LOOKUP_REUSE = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(Authorizer.class);

  private final Supplier<AuthorizationPolicy> policies;
  private final GroupLookup groups;
  private final LongSupplier nanoClock;
  private volatile Lookup lastLookup;

  /** A fixed policy that names no group (tests, tools): the lookup is never needed. */
  public Authorizer(AuthorizationPolicy policy) {
    this(() -> policy, group -> Optional.empty());
  }

  /**
   * @param policies the live policy (the current configuration's), read at every decision
   * @param groups finds the configured operators group on this machine
   */
  public Authorizer(Supplier<AuthorizationPolicy> policies, GroupLookup groups) {
    this(policies, groups, System::nanoTime);
  }

  Authorizer(Supplier<AuthorizationPolicy> policies, GroupLookup groups, LongSupplier nanoClock) {
    this.policies = policies;
    this.groups = groups;
    this.nanoClock = nanoClock;
  }

  /** The decision with its reason (for logs and the audit). */
  public record Decision(boolean operator, String reason) {
    public Set<Role> roles() {
      return operator ? EnumSet.of(Role.VIEWER, Role.OPERATOR) : EnumSet.of(Role.VIEWER);
    }
  }

  public Set<Role> rolesFor(PeerIdentity peer) {
    return decide(peer).roles();
  }

  public Decision decide(PeerIdentity peer) {
    if (peer.userSid().isEmpty() && peer.uid() < 0) {
      return new Decision(false, "the OS did not identify the caller");
    }
    if (peer.userSid().equalsIgnoreCase(LOCAL_SYSTEM_SID) || peer.uid() == 0) {
      return new Decision(true, "system account");
    }
    if (peer.hasGrantingGroup(ADMINISTRATORS_SID)) {
      return new Decision(true, "member of Administrators (elevated)");
    }
    AuthorizationPolicy policy = policies.get();
    Optional<String> configured = policy.operatorsGroup();
    if (configured.isPresent()) {
      Optional<String> id = resolve(configured.get());
      if (id.isPresent() && peer.hasGrantingGroup(id.get())) {
        return new Decision(true, "member of the operators group " + configured.get());
      }
    }
    if (policy.allowUserRepair()) {
      return new Decision(true, "machine policy allows users to repair");
    }
    return new Decision(
        false,
        peer.hasDenyOnlyGroup(ADMINISTRATORS_SID)
            ? "an administrator without elevation (Administrators is deny-only in this token)"
            : "not an administrator or operator");
  }

  /** True when a caller with {@code roles} may call a method that needs {@code required}. */
  public static boolean permits(Set<Role> roles, Role required) {
    return roles.contains(required);
  }

  /** The configured group's id on this machine; logs once when it appears or goes missing. */
  private Optional<String> resolve(String configured) {
    long now = nanoClock.getAsLong();
    Lookup last = lastLookup;
    if (last != null
        && last.configured().equals(configured)
        && now - last.atNanos() < LOOKUP_REUSE.toNanos()) {
      return last.id();
    }
    Optional<String> id;
    try {
      id = groups.idOf(configured);
    } catch (RuntimeException e) {
      id = Optional.empty();
    }
    boolean news =
        last == null
            || !last.configured().equals(configured)
            || last.id().isPresent() != id.isPresent();
    if (news && id.isEmpty()) {
      LOG.warn(
          "operators group '{}' does not exist on this machine: nobody is an operator through it "
              + "(check operatorsGroup in config.json or the OperatorsGroup machine policy)",
          configured);
    } else if (news) {
      LOG.info("operators group '{}' is group {} on this machine", configured, id.get());
    }
    lastLookup = new Lookup(configured, id, now);
    return id;
  }

  private record Lookup(String configured, Optional<String> id, long atNanos) {}
}
