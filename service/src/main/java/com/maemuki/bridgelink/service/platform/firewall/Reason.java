package com.maemuki.bridgelink.service.platform.firewall;

/** Why the evaluator decided what it decided. */
public enum Reason {
  /** An enabled allow rule matches and no block rule does. */
  ALLOWED_BY_RULE(true),
  /** The firewall is off in the profile the Tailscale adapter uses. */
  FIREWALL_OFF(true),
  /** The profile's default inbound action is Allow. */
  DEFAULT_ALLOWS(true),
  /** A block rule matches: block beats allow. */
  BLOCKED_BY_RULE(false),
  /** No allow rule matches in the active profile and inbound is blocked by default. */
  NO_ALLOW_RULE(false),
  /** Allow rules exist but only for Private/Domain, and the Tailscale adapter is Public. */
  ADAPTER_PUBLIC_PROFILE(false),
  /** Allow rules exist in the local store, but Group Policy makes Windows ignore local rules. */
  LOCAL_RULES_IGNORED_BY_POLICY(false),
  /** The firewall allows it, but nothing listens on the port. */
  NOT_LISTENING(false),
  /** The Tailscale adapter was not found, so nothing can reach this machine over Tailscale. */
  ADAPTER_MISSING(false);

  private final boolean reachable;

  Reason(boolean reachable) {
    this.reachable = reachable;
  }

  /** True for the reasons under which a peer gets through. */
  public boolean reachable() {
    return reachable;
  }

  /**
   * True for the reasons that are the firewall's doing (not the application's, not Tailscale's).
   */
  public boolean firewallBlocks() {
    return this == BLOCKED_BY_RULE
        || this == NO_ALLOW_RULE
        || this == ADAPTER_PUBLIC_PROFILE
        || this == LOCAL_RULES_IGNORED_BY_POLICY;
  }
}
