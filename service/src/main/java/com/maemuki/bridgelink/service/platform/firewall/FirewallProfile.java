package com.maemuki.bridgelink.service.platform.firewall;

import java.util.Objects;

/**
 * One firewall profile as the active policy store (local settings merged with Group Policy) reports
 * it.
 *
 * @param kind which profile
 * @param enabled the firewall filters traffic in this profile
 * @param defaultInboundBlocks inbound traffic no rule allows is blocked (the Windows default;
 *     "NotConfigured" means Block)
 * @param localRulesApply rules from the local store count; false when Group Policy sets
 *     AllowLocalFirewallRules=False, so only policy rules apply
 */
public record FirewallProfile(
    ProfileKind kind, boolean enabled, boolean defaultInboundBlocks, boolean localRulesApply) {

  public FirewallProfile {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * What Windows assumes for a profile the snapshot lacks: on, block by default, local rules on.
   */
  public static FirewallProfile windowsDefault(ProfileKind kind) {
    return new FirewallProfile(kind, true, true, true);
  }
}
