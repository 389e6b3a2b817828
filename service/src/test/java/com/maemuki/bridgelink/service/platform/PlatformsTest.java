package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformsTest {

  private static PlatformSettings settings(Path dir) {
    return PlatformSettings.of(() -> true, dir.resolve("data"), null);
  }

  @Test
  void linuxWithoutSystemdSaysSoAndHasNoFirewall(@TempDir Path root) {
    Platform p = Platforms.forOs(OperatingSystem.of("Linux"), root, settings(root));
    assertThat(p.os()).isEqualTo("linux");
    assertThat(p.serviceControl().unsupported()).isPresent();
    assertThat(p.serviceControl().query().kind()).isEqualTo(ServiceState.Kind.UNKNOWN);
    assertThat(p.serviceControl().restart(Duration.ofSeconds(1)).message())
        .startsWith(
            "Tailscale service control is not available on this machine: systemd is not running");
    assertThat(p.firewallReader().read(List.of(3389)))
        .isEqualTo(
            new FirewallInspection.NotApplicable(
                new Unsupported("Windows Firewall", "not applicable on Linux")));
    FirewallEditResult edit = p.firewallEditor().openInboundPort(3389);
    assertThat(edit.ok()).isFalse();
    assertThat(edit.action()).isEqualTo("not-applicable");
    assertThat(edit.message())
        .isEqualTo("Windows Firewall is not available on this machine: not applicable on Linux");
  }

  @Test
  void linuxWithSystemdUsesSystemctl(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("run/systemd/system"));
    Path systemctl =
        Files.writeString(
            Files.createDirectories(root.resolve("bin")).resolve("systemctl"), "#!/bin/sh\n");
    systemctl.toFile().setExecutable(true);
    Platform p = Platforms.forOs(OperatingSystem.of("Linux"), root, settings(root));
    assertThat(p.serviceControl()).isInstanceOf(WaitingServiceControl.class);
    assertThat(p.serviceControl().unsupported()).isEmpty();
  }

  @Test
  void otherSystemsAreUnsupportedWithTheirName(@TempDir Path root) {
    Platform p = Platforms.forOs(OperatingSystem.of("Mac OS X"), root, settings(root));
    assertThat(p.serviceControl().unsupported().get().reason())
        .isEqualTo("not supported on Mac OS X");
    assertThat(p.firewallReader().read(List.of()))
        .isInstanceOf(FirewallInspection.NotApplicable.class);
  }

  @Test
  void windowsAdaptersAreBuiltWithoutNativeCalls(@TempDir Path root) {
    Platform p = Platforms.forOs(OperatingSystem.of("Windows 11"), root, settings(root));
    assertThat(p.os()).isEqualTo("windows");
    // The scripts were extracted from the jar into the data directory's scripts folder.
    assertThat(root.resolve("data/scripts/Get-BridgeLinkFirewall.ps1")).exists();
  }

  @Test
  void installedScriptsArePreferred(@TempDir Path root) throws Exception {
    Path installed = Files.createDirectories(root.resolve("install"));
    for (String name :
        com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands.SCRIPTS) {
      Files.writeString(installed.resolve(name), "# installed");
    }
    assertThat(
            ShippedScripts.locate(
                installed,
                root.resolve("fallback"),
                com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands.SCRIPTS))
        .isEqualTo(installed.toAbsolutePath());
    Path fallback =
        ShippedScripts.locate(
            null,
            root.resolve("fallback"),
            com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands.SCRIPTS);
    assertThat(Files.readString(fallback.resolve("Add-BridgeLinkPortRule.ps1")))
        .contains("[int] $LocalPort");
  }
}
