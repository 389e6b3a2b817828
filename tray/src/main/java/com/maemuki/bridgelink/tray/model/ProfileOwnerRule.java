package com.maemuki.bridgelink.tray.model;

import java.util.Locale;

/**
 * Who may run the user repairs (re-auth, bring up, accept DNS, enable unattended…) from this tray.
 * They change tailscaled's prefs as the tray's user, and tailscaled lets only the current profile's
 * owner do that on Windows (issue 11, point 8): offered to another user they would only fail.
 */
public final class ProfileOwnerRule {
  private ProfileOwnerRule() {}

  /**
   * @param profileOwnerSid the snapshot's {@code self.profileOwnerSid}: null or blank when nobody
   *     owns the profile, off Windows, or from an older service
   * @param ownSid the tray user's SID, null when it is not known (off Windows)
   * @return true when no one owns the profile or the tray's user does (SIDs compare ignoring case)
   */
  public static boolean userMayRepair(String profileOwnerSid, String ownSid) {
    if (profileOwnerSid == null || profileOwnerSid.isBlank()) {
      return true;
    }
    return ownSid != null
        && profileOwnerSid
            .strip()
            .toUpperCase(Locale.ROOT)
            .equals(ownSid.strip().toUpperCase(Locale.ROOT));
  }
}
