package com.maemuki.bridgelink.tailscale.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalApiAddressTest {

  @Test
  void windowsUsesTailscaledsProtectedPipe() {
    assertThat(LocalApiAddress.defaultFor("Windows Server 2022", p -> false))
        .isEqualTo(
            new LocalApiAddress.NamedPipe(
                "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\Tailscale\\tailscaled"));
  }

  @Test
  void linuxUsesTheFirstSocketThatExistsElseTheUsualOne() {
    assertThat(LocalApiAddress.defaultFor("Linux", p -> false))
        .isEqualTo(new LocalApiAddress.UnixSocket(Path.of("/var/run/tailscale/tailscaled.sock")));
    assertThat(
            LocalApiAddress.defaultFor(
                "Linux", p -> p.toString().equals("/var/packages/Tailscale/var/tailscaled.sock")))
        .isEqualTo(
            new LocalApiAddress.UnixSocket(Path.of("/var/packages/Tailscale/var/tailscaled.sock")));
  }

  @Test
  void macUsesTheOpenSourceDaemonsSocket() {
    assertThat(LocalApiAddress.defaultFor("Mac OS X", p -> true))
        .isEqualTo(new LocalApiAddress.UnixSocket(Path.of("/var/run/tailscaled.socket")));
  }

  @Test
  void aSocketOptionIsAPipeOnlyWhenItNamesOne() {
    assertThat(LocalApiAddress.parse("/tmp/ts.sock"))
        .isEqualTo(new LocalApiAddress.UnixSocket(Path.of("/tmp/ts.sock")));
    assertThat(LocalApiAddress.parse("//./pipe/Tailscale/tailscaled"))
        .isEqualTo(new LocalApiAddress.NamedPipe("\\\\.\\pipe\\Tailscale\\tailscaled"));
    assertThat(LocalApiTransports.dialerFor(LocalApiAddress.parse("/tmp/ts.sock")).describe())
        .isEqualTo("unix socket /tmp/ts.sock");
  }

  @Test
  void theTextOfAnAddressParsesBackToIt() {
    for (LocalApiAddress address :
        new LocalApiAddress[] {
          LocalApiAddress.parse("/run/other/tailscaled.sock"),
          LocalApiAddress.defaultFor("Windows 11", p -> false)
        }) {
      assertThat(LocalApiAddress.parse(address.text())).isEqualTo(address);
    }
  }
}
