package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.observation.ProfileReading;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.List;

/**
 * {@code empty-profile}: on Windows, with nobody signed in and Run Unattended off, tailscaled
 * switches to an empty profile when the last user's client goes away ({@code ipn/ipnlocal/local.go
 * resolveBestProfileLocked}): {@code NeedsLogin} with prefs {@code LoggedOut}, no {@code
 * ControlURL}, and {@code profiles/current} with ID "". That is not an expired login, and
 * re-authenticating from there would make a new profile for whoever clicks, so this replaces {@code
 * needs-login} (and {@code unattended-off}, whose prefs are the empty profile's) and offers no
 * re-authentication: the remedy is to sign in to Windows as the profile's owner and turn on Run
 * Unattended.
 */
public final class EmptyProfileCheck implements Check {

  @Override
  public String name() {
    return FindingCode.EMPTY_PROFILE.code();
  }

  /**
   * True on the empty profile: NeedsLogin and either {@code profiles/current} has no ID or prefs
   * are logged out with no ControlURL (whichever was read since the switch; captured files have
   * only the prefs).
   */
  public static boolean onEmptyProfile(Observations o) {
    Status s = o.status();
    if (s == null || s.state() != BackendState.NEEDS_LOGIN || !onWindows(s)) {
      return false;
    }
    ProfileReading profile = o.live() == null ? null : o.live().profile();
    if (profile != null && profile.current().empty()) {
      return true;
    }
    Prefs p = o.prefs();
    return p != null
        && Boolean.TRUE.equals(p.loggedOut())
        && p.controlUrl() != null
        && p.controlUrl().isEmpty();
  }

  /**
   * Only Windows switches profiles with the signed-in user. Elsewhere an empty current profile is
   * what {@code tailscale logout} leaves (the real tailnet shows ID "", ControlURL "" and
   * LoggedOut): a plain signed-out node, which needs-login and its re-authentication fit.
   */
  private static boolean onWindows(Status s) {
    return s.self().osLower().equals("windows");
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (!onEmptyProfile(o)) {
      return List.of();
    }
    ProfileReading profile = o.live() == null ? null : o.live().profile();
    String owner = profile == null ? null : profile.lastOwnerSid();
    String detail =
        "Tailscale's state is NeedsLogin on its empty profile (no login, no control server): nobody"
            + " is signed in to Windows with Tailscale open, and Run Unattended is off, so"
            + " Tailscale disconnected. "
            + (owner == null
                ? "Sign in to Windows as the user who set Tailscale up."
                : "The profile last in use belongs to Windows user "
                    + owner
                    + ": sign in as them.");
    return List.of(Finding.of(FindingCode.EMPTY_PROFILE, null, detail));
  }
}
