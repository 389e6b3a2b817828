package com.maemuki.bridgelink.service.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswdHomeLookupTest {
  private static final List<String> PASSWD =
      List.of(
          "root:x:0:0:root:/root:/bin/bash",
          "broken line",
          "relative:x:1001:1001::home/rel:/bin/sh",
          "ann:x:1000:1000:Ann,,,:/home/ann:/bin/bash");

  @Test
  void findsTheHomeByUidAndSkipsWhatIsNotAnAbsoluteHome() {
    assertThat(PasswdHomeLookup.homeOf(PASSWD, 1000)).contains(Path.of("/home/ann"));
    assertThat(PasswdHomeLookup.homeOf(PASSWD, 0)).contains(Path.of("/root"));
    assertThat(PasswdHomeLookup.homeOf(PASSWD, 1001)).isEmpty();
    assertThat(PasswdHomeLookup.homeOf(PASSWD, 4242)).isEmpty();
  }
}
