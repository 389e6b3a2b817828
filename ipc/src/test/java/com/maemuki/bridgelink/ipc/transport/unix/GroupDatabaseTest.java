package com.maemuki.bridgelink.ipc.transport.unix;

import static org.assertj.core.api.Assertions.assertThat;

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
  void collectsPrimaryAndSupplementaryGroupsByNameAndId() {
    assertThat(groups.groupsOf("ann", 1000, "ann"))
        .containsExactlyInAnyOrder("ann", "1000", "wheel", "10", "bridge-ops", "1200");
    assertThat(groups.groupsOf("bob", 1001, "1001"))
        .containsExactlyInAnyOrder("1001", "wheel", "10");
  }

  @Test
  void anUnreadableFileLeavesOnlyThePrimaryGroup() {
    GroupDatabase none = GroupDatabase.read(java.nio.file.Path.of("/nonexistent/group"));
    assertThat(none.groupsOf("ann", 1000, "ann")).containsExactlyInAnyOrder("ann", "1000");
  }
}
