package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * One group in a caller's token.
 *
 * @param sid the group's SID string ("S-1-5-32-544"), or "gid:N" on Unix
 * @param enabled the group counts for access checks
 * @param denyOnly the group only ever denies: how UAC keeps Administrators in a non-elevated
 *     admin's token, so such a caller is NOT an administrator
 */
public record GroupMembership(String sid, boolean enabled, boolean denyOnly) {

  /** SE_GROUP_ENABLED. */
  static final int SE_GROUP_ENABLED = 0x4;

  /** SE_GROUP_USE_FOR_DENY_ONLY. */
  static final int SE_GROUP_USE_FOR_DENY_ONLY = 0x10;

  public GroupMembership {
    Objects.requireNonNull(sid, "sid");
  }

  /** Decodes a Windows {@code SID_AND_ATTRIBUTES.Attributes} value. */
  public static GroupMembership fromTokenAttributes(String sid, int attributes) {
    return new GroupMembership(
        sid, (attributes & SE_GROUP_ENABLED) != 0, (attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0);
  }

  /** True when the group grants access (enabled and not deny-only). */
  public boolean grants() {
    return enabled && !denyOnly;
  }
}
