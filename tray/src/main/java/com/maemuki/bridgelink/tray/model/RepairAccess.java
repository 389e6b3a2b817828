package com.maemuki.bridgelink.tray.model;

import java.util.Map;
import java.util.Set;

/**
 * What this user may repair: the one rule for the menu's "Fix" and the status window's Fix button.
 *
 * @param allowed the repairs {@code repair.list} allows this caller (id to title)
 * @param userRepairs the repair ids that run in the tray's own process, as the user
 * @param ownsProfile whether the tray's user owns tailscaled's current profile ({@link
 *     ProfileOwnerRule}); user repairs are offered only then
 */
public record RepairAccess(
    Map<String, String> allowed, Set<String> userRepairs, boolean ownsProfile) {
  /** Told when a user repair is refused because another Windows user owns the profile. */
  public static final String NOT_PROFILE_OWNER =
      "Sign in to Windows as the Tailscale profile's owner to fix this.";

  public RepairAccess {
    allowed = Map.copyOf(allowed);
    userRepairs = Set.copyOf(userRepairs);
  }

  /** Only what {@code repair.list} allows; the user owns the profile. */
  public static RepairAccess of(Map<String, String> allowed) {
    return new RepairAccess(allowed, Set.of(), true);
  }

  /** What the user is offered for a finding. */
  public enum Offer {
    /** No repair, or none this user may run. */
    NONE,
    /** A Fix the user may run. */
    FIX,
    /** A user repair, but another Windows user owns the Tailscale profile. */
    NOT_PROFILE_OWNER
  }

  /**
   * A repair the service lists as allowed, or one that runs in the user's own context ({@code fixer
   * = tray-user}) even when the list could not be fetched; a user repair only for the profile's
   * owner.
   */
  public Offer offer(FindingStatus finding) {
    String repair = finding.repair();
    if (repair == null) {
      return Offer.NONE;
    }
    boolean userRepair = "tray-user".equals(finding.fixer()) || userRepairs.contains(repair);
    if (userRepair && !ownsProfile) {
      return Offer.NOT_PROFILE_OWNER;
    }
    return allowed.containsKey(repair) || "tray-user".equals(finding.fixer())
        ? Offer.FIX
        : Offer.NONE;
  }

  /** The words of the Fix entry and button: "Fix: " and what the repair does. */
  public String fixLabel(FindingStatus finding) {
    return "Fix: " + RepairWords.of(finding.repair(), allowed.get(finding.repair()));
  }
}
