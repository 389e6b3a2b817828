package com.maemuki.bridgelink.service.platform.linux;

import com.maemuki.bridgelink.ipc.transport.unix.GroupDatabase;
import com.maemuki.bridgelink.service.config.OperatorsGroupSetting;
import com.maemuki.bridgelink.service.platform.GroupLookup;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Operators group lookup on Unix, in the same group file the socket transport reads callers'
 * supplementary groups from ({@code /etc/group}), read afresh at each lookup so a group created
 * after the service started is found. A numeric gid is taken as it is; a SID names nothing here.
 */
public final class GroupFileLookup implements GroupLookup {
  private final Supplier<GroupDatabase> groups;

  public GroupFileLookup(Supplier<GroupDatabase> groups) {
    this.groups = groups;
  }

  @Override
  public Optional<String> idOf(String group) {
    if (group == null || group.isBlank() || OperatorsGroupSetting.looksLikeSid(group)) {
      return Optional.empty();
    }
    if (group.chars().allMatch(Character::isDigit) && group.length() <= 10) {
      return Optional.of(Long.toString(Long.parseLong(group)));
    }
    return groups.get().named(group).map(entry -> Long.toString(entry.gid()));
  }
}
