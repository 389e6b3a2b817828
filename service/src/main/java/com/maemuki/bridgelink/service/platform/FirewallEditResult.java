package com.maemuki.bridgelink.service.platform;

/**
 * What a firewall edit did.
 *
 * @param ok the desired state now holds (also when it already held)
 * @param action what the script reported: created, exists, enabled, removed, absent, changed,
 *     unchanged, domain, not-found; or not-applicable / failed
 * @param message plain words for the repair result
 */
public record FirewallEditResult(boolean ok, String action, String message) {

  public FirewallEditResult {
    action = action == null ? "" : action;
    message = message == null ? "" : message;
  }

  public static FirewallEditResult failed(String message) {
    return new FirewallEditResult(false, "failed", message);
  }

  public static FirewallEditResult notApplicable(Unsupported cause) {
    return new FirewallEditResult(false, "not-applicable", cause.message());
  }
}
