package com.maemuki.bridgelink.ipc.transport.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.win32.WinNT;
import org.junit.jupiter.api.Test;

/** The buffer GetTokenInformation fills; plain memory, so it runs on Linux too. */
class TokenIdentityTest {

  @Test
  void theTokenGroupsBufferStartsZeroedSoNothingIsReadFromGarbage() {
    WinNT.TOKEN_GROUPS groups = TokenIdentity.emptyTokenGroups(512);
    assertThat(groups.GroupCount).isZero();
    assertThat(groups.getPointer().getByteArray(0, 512)).containsOnly(0);
  }
}
