package com.maemuki.bridgelink.tailscale.model;

/**
 * The parts of {@code ipn.Prefs} ({@code GET /localapi/v0/prefs}) the checks read. Booleans are
 * nullable: null means the field was absent. {@code ForceDaemon} is written only when true ({@code
 * omitempty}), so an absent ForceDaemon means false — see {@link #unattended()}.
 *
 * @param corpDns "accept DNS" ({@code --accept-dns})
 * @param forceDaemon "Run unattended" (Windows)
 * @param loginName {@code Config.UserProfile.LoginName} when present
 */
public record Prefs(
    String controlUrl,
    Boolean routeAll,
    String exitNodeId,
    Boolean corpDns,
    Boolean wantRunning,
    Boolean loggedOut,
    Boolean shieldsUp,
    Boolean forceDaemon,
    String hostname,
    String loginName,
    String nodeId) {

  /** Whether Run Unattended is on: ForceDaemon true; absent counts as off (omitempty). */
  public boolean unattended() {
    return Boolean.TRUE.equals(forceDaemon);
  }
}
