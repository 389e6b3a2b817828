package com.maemuki.bridgelink.service.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileListHomeLookupTest {
  @Test
  void expandsTheProfilePathsEnvironmentReferences() {
    Map<String, String> env = Map.of("SystemDrive", "C:");
    assertThat(ProfileListHomeLookup.expand("%SystemDrive%\\Users\\ann", env))
        .contains("C:\\Users\\ann");
    assertThat(ProfileListHomeLookup.expand("%SYSTEMDRIVE%\\Users\\bob", env))
        .contains("C:\\Users\\bob");
    assertThat(ProfileListHomeLookup.expand("D:\\Profiles\\carol", env))
        .contains("D:\\Profiles\\carol");
    assertThat(ProfileListHomeLookup.expand("%NoSuchVar%\\Users\\x", env)).isEmpty();
    assertThat(ProfileListHomeLookup.expand("", env)).isEmpty();
  }
}
