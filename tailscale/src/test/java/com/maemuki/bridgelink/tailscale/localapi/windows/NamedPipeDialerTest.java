package com.maemuki.bridgelink.tailscale.localapi.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.localapi.AccessDeniedException;
import com.maemuki.bridgelink.tailscale.localapi.DaemonUnavailableException;
import org.junit.jupiter.api.Test;

/** What each CreateFile failure on the pipe means; pure, so it runs on Linux too. */
class NamedPipeDialerTest {

  private static final String PIPE =
      "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\Tailscale\\tailscaled";

  @Test
  void noPipeMeansTheServiceIsNotRunning() {
    assertThat(NamedPipeDialer.classify(2, PIPE))
        .isInstanceOf(DaemonUnavailableException.class)
        .hasMessageContaining("the Tailscale service is not running")
        .hasMessageContaining("does not exist")
        .hasMessageContaining("start the 'Tailscale' service");
  }

  @Test
  void accessDeniedIsAccessDenied() {
    assertThat(NamedPipeDialer.classify(5, PIPE)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void otherErrorsNameTheirCode() {
    assertThat(NamedPipeDialer.classify(1450, PIPE)).hasMessageContaining("Windows error 1450");
  }
}
