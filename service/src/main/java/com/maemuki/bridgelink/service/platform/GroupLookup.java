package com.maemuki.bridgelink.service.platform;

import java.util.Optional;

/**
 * Finds the configured operators group on this machine: the id callers' groups carry (a numeric gid
 * on Unix, a SID string on Windows). Chosen by {@link Platforms#groupLookup()}; the decision that
 * uses it is the ipc {@code Authorizer}'s.
 */
@FunctionalInterface
public interface GroupLookup {

  /** SID_NAME_USE values of accounts that are groups: SidTypeGroup, SidTypeAlias, well-known. */
  int SID_TYPE_GROUP = 2;

  int SID_TYPE_ALIAS = 4;
  int SID_TYPE_WELL_KNOWN_GROUP = 5;

  /**
   * The id of {@code group} (a name, numeric gid or SID string as configured), or empty when this
   * machine has no such group. Never throws: a failed lookup is an absent group.
   */
  Optional<String> idOf(String group);

  /** True when a Windows account of type {@code sidNameUse} is a group (not a user or computer). */
  static boolean isGroupAccountType(int sidNameUse) {
    return sidNameUse == SID_TYPE_GROUP
        || sidNameUse == SID_TYPE_ALIAS
        || sidNameUse == SID_TYPE_WELL_KNOWN_GROUP;
  }
}
