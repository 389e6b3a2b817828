package com.maemuki.bridgelink.tray.action;

import java.util.Optional;

/**
 * The Windows SID of the user the tray runs as: compared with the Tailscale profile's owner before
 * user repairs are offered ({@code model.ProfileOwnerRule}). A port, so the rule is tested without
 * Windows; the composition root picks {@code action.windows.WindowsOwnSid} on Windows.
 */
public interface OwnSid {

  /**
   * The SID as text ({@code S-1-5-21-…}); empty where there is none (off Windows) or on failure.
   */
  Optional<String> current();

  /** Off Windows: users have no SID, and tailscaled has no profile owner to compare with. */
  static OwnSid none() {
    return Optional::empty;
  }
}
