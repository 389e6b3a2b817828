package com.maemuki.bridgelink.service.observation;

import com.maemuki.bridgelink.tailscale.model.LoginProfile;

/**
 * The reading of the {@code localapi-profile} source.
 *
 * @param current the profile in use ({@code ID ""}: the empty profile)
 * @param lastOwnerSid the owner SID of the last non-empty profile seen (who must sign in to Windows
 *     to bring it back), or null
 */
public record ProfileReading(LoginProfile current, String lastOwnerSid) {

  /** The current profile's owner SID, or null (empty profile, or not Windows). */
  public String ownerSid() {
    return current.localUserId().isEmpty() ? null : current.localUserId();
  }
}
