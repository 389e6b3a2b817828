package com.maemuki.bridgelink.ipc.transport.unix;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.GroupMembership;
import org.junit.jupiter.api.Test;

class GroupDatabaseTest {
  private final GroupDatabase groups =
      GroupDatabase.parse(
          "root:x:0:\n"
              + "# comment\n"
              + "wheel:x:10:ann,bob\n"
              + "bridge-ops:x:1200:ann\n"
              + "broken:x:notanumber:ann\n"
              + "ann:x:1000:\n");

  @Test
  void collectsPrimaryAndSupplementaryGroupsWithIdAndName() {
    assertThat(groups.membershipsOf("ann", 1000, "ann"))
        .containsExactly(
            GroupMembership.unix(1000, "ann"),
            GroupMembership.unix(10, "wheel"),
            GroupMembership.unix(1200, "bridge-ops"));
    assertThat(groups.membershipsOf("bob", 1001, "1001"))
        .containsExactly(GroupMembership.unix(1001, ""), GroupMembership.unix(10, "wheel"));
  }

  @Test
  void findsAGroupByName() {
    assertThat(groups.named("bridge-ops")).map(GroupDatabase.Entry::gid).hasValue(1200L);
    assertThat(groups.named("broken")).isEmpty();
    assertThat(groups.named("nobody-here")).isEmpty();
  }

  @Test
  void anUnreadableFileLeavesOnlyThePrimaryGroup() {
    GroupDatabase none = GroupDatabase.read(java.nio.file.Path.of("/nonexistent/group"));
    assertThat(none.membershipsOf("ann", 1000, "ann"))
        .containsExactly(GroupMembership.unix(1000, "ann"));
  }
}
