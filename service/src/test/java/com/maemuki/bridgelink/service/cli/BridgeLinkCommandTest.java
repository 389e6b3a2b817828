package com.maemuki.bridgelink.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's choice of stdout encoding. */
class BridgeLinkCommandTest {

  @Test
  void redirectedOutputOnWindowsIsUtf8AndEverythingElseIsLeftAlone() {
    assertThat(BridgeLinkCommand.utf8Stdout(true, false)).as("Windows, file or pipe").isTrue();
    assertThat(BridgeLinkCommand.utf8Stdout(true, true)).as("Windows console").isFalse();
    assertThat(BridgeLinkCommand.utf8Stdout(false, false)).as("Linux").isFalse();
  }
}
