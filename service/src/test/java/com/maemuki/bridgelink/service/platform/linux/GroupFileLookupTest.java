package com.maemuki.bridgelink.service.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.unix.GroupDatabase;
import com.maemuki.bridgelink.service.platform.GroupLookup;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GroupFileLookupTest {
  private final AtomicReference<GroupDatabase> file =
      new AtomicReference<>(GroupDatabase.parse("root:x:0:\nbridge-ops:x:1200:ann\n"));
  private final GroupFileLookup lookup = new GroupFileLookup(file::get);

  @Test
  void findsNamesInTheGroupFileAndTakesGidsAsTheyAre() {
    assertThat(lookup.idOf("bridge-ops")).hasValue("1200");
    assertThat(lookup.idOf("01200")).hasValue("1200");
    assertThat(lookup.idOf("4242")).as("a gid is an id already").hasValue("4242");
    assertThat(lookup.idOf("no-such-group")).isEmpty();
    assertThat(lookup.idOf("S-1-5-32-544")).as("SIDs name nothing on Unix").isEmpty();
    assertThat(lookup.idOf("")).isEmpty();
  }

  @Test
  void readsTheFileAgainSoAGroupCreatedLaterIsFound() {
    assertThat(lookup.idOf("late-ops")).isEmpty();
    file.set(GroupDatabase.parse("late-ops:x:1300:\n"));
    assertThat(lookup.idOf("late-ops")).hasValue("1300");
  }

  @Test
  void onlyGroupAccountTypesAreGroupsOnWindows() {
    // SID_NAME_USE: 1 user, 2 group, 3 domain, 4 alias, 5 well-known group, 9 computer
    assertThat(GroupLookup.isGroupAccountType(2)).isTrue();
    assertThat(GroupLookup.isGroupAccountType(4)).isTrue();
    assertThat(GroupLookup.isGroupAccountType(5)).isTrue();
    assertThat(GroupLookup.isGroupAccountType(1)).isFalse();
    assertThat(GroupLookup.isGroupAccountType(9)).isFalse();
  }
}
