package com.maemuki.bridgelink.ipc.transport;

import java.util.Objects;

/**
 * One group of a connected process, as the OS reports it. Whether it makes the caller an operator
 * is decided elsewhere (the service's {@code Authorizer}), in pure Java.
 *
 * @param id the group's SID string ("S-1-5-32-544") on Windows, its numeric gid ("1200") on Unix
 * @param name the group's name where the transport knows it (Unix), otherwise empty
 * @param enabled the group counts for access checks (always true on Unix)
 * @param denyOnly the group only ever denies: how UAC keeps Administrators in a non-elevated
 *     administrator's token, so such a membership must never grant anything
 */
public record GroupMembership(String id, String name, boolean enabled, boolean denyOnly) {

  /** SE_GROUP_ENABLED in {@code SID_AND_ATTRIBUTES.Attributes}. */
  public static final int SE_GROUP_ENABLED = 0x4;

  /** SE_GROUP_USE_FOR_DENY_ONLY in {@code SID_AND_ATTRIBUTES.Attributes}. */
  public static final int SE_GROUP_USE_FOR_DENY_ONLY = 0x10;

  public GroupMembership {
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
  }

  /** A Windows token group from its SID string and {@code SID_AND_ATTRIBUTES.Attributes}. */
  public static GroupMembership fromTokenAttributes(String sid, int attributes) {
    return new GroupMembership(
        sid,
        "",
        (attributes & SE_GROUP_ENABLED) != 0,
        (attributes & SE_GROUP_USE_FOR_DENY_ONLY) != 0);
  }

  /** A Unix group (primary or supplementary): always enabled, never deny-only. */
  public static GroupMembership unix(long gid, String name) {
    return new GroupMembership(Long.toString(gid), name, true, false);
  }

  /** True when the group grants access: enabled and not deny-only. */
  public boolean grants() {
    return enabled && !denyOnly;
  }

  /**
   * True when this is the group {@code groupId} (a gid or SID; SIDs compare case-insensitively).
   */
  public boolean is(String groupId) {
    return id.equalsIgnoreCase(groupId);
  }
}
