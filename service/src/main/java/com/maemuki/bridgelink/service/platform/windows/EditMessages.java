package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;

/** Turns a repair script's reported action into a result and plain words. */
final class EditMessages {

  private EditMessages() {}

  static FirewallEditResult result(String action, String what) {
    switch (action) {
      case "created":
        return new FirewallEditResult(
            true, action, "Added a rule allowing " + what + " from Tailscale.");
      case "exists":
        return new FirewallEditResult(
            true, action, "The rule allowing " + what + " from Tailscale already exists.");
      case "enabled":
        return new FirewallEditResult(
            true, action, "Re-enabled the rule allowing " + what + " from Tailscale.");
      case "removed":
        return new FirewallEditResult(true, action, "Removed Bridge Link's rule for " + what + ".");
      case "absent":
        return new FirewallEditResult(
            true, action, "Bridge Link has no rule for " + what + "; nothing to remove.");
      case "changed":
        return new FirewallEditResult(true, action, "Marked " + what + "'s network Private.");
      case "unchanged":
        return new FirewallEditResult(true, action, what + "'s network is already Private.");
      case "domain":
        return new FirewallEditResult(
            false, action, what + " is on a domain network; its category cannot be changed here.");
      case "not-found":
        return new FirewallEditResult(
            false, action, what + " was not found; is Tailscale running?");
      default:
        return FirewallEditResult.failed("the firewall script reported '" + action + "'");
    }
  }
}
