package com.maemuki.bridgelink.service.platform.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact argument lists: absolute paths, one element per argument, no script text. */
class PowerShellCommandsTest {

  private static final String PS = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  private static final String DIR = "C:\\Program Files\\Maemuki\\BridgeLink\\powershell";
  private final PowerShellCommands commands = new PowerShellCommands(PS, DIR, "Tailscale");

  private static List<String> prefix(String script) {
    return List.of(
        PS,
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Bypass",
        "-File",
        DIR + "\\" + script);
  }

  @Test
  void powershellIsFoundUnderSystemRoot() {
    assertThat(PowerShellCommands.windowsPowerShell("C:\\Windows")).isEqualTo(PS);
    assertThat(PowerShellCommands.windowsPowerShell("D:\\WINNT\\"))
        .isEqualTo("D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    assertThat(PowerShellCommands.windowsPowerShell(null)).isEqualTo(PS);
  }

  @Test
  void inspect() {
    assertThat(commands.inspect(List.of(3389, 8080)))
        .startsWith(prefix("Get-BridgeLinkFirewall.ps1").toArray(String[]::new))
        .endsWith("-LocalPort", "3389,8080", "-InterfaceAlias", "Tailscale")
        .hasSize(11);
    assertThat(commands.inspect(List.of()))
        .endsWith("-File", DIR + "\\Get-BridgeLinkFirewall.ps1", "-InterfaceAlias", "Tailscale");
  }

  @Test
  void openAndCloseOnePort() {
    List<String> open = commands.openInboundPort(3389);
    assertThat(open.subList(0, 7)).isEqualTo(prefix("Add-BridgeLinkPortRule.ps1"));
    assertThat(open.subList(7, open.size()))
        .containsExactly("-LocalPort", "3389", "-InterfaceAlias", "Tailscale");
    List<String> close = commands.closeInboundPort(3389);
    assertThat(close.subList(0, 7)).isEqualTo(prefix("Remove-BridgeLinkPortRule.ps1"));
    assertThat(close.subList(7, close.size())).containsExactly("-LocalPort", "3389");
  }

  @Test
  void pingAndAdapterCategory() {
    assertThat(commands.allowPing().subList(7, 9)).containsExactly("-InterfaceAlias", "Tailscale");
    assertThat(commands.allowPing().get(6)).endsWith("Add-BridgeLinkPingRule.ps1");
    assertThat(commands.setAdapterPrivate().get(6)).endsWith("Set-BridgeLinkAdapterPrivate.ps1");
  }

  @Test
  void portsOutsideTheRangeNeverBecomeArguments() {
    assertThatThrownBy(() -> commands.openInboundPort(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> commands.closeInboundPort(70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> commands.inspect(List.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void interfaceAliasIsValidated() {
    assertThatThrownBy(
            () -> new PowerShellCommands(PS, DIR, "Tailscale'; Remove-NetFirewallRule; '"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PowerShellCommands(PS, DIR, "$(evil)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new PowerShellCommands(PS, DIR, "Tailscale 2").interfaceAlias())
        .isEqualTo("Tailscale 2");
  }

  @Test
  void rulesAreNamedAndGroupedAsOurs() {
    assertThat(BridgeLinkRules.portRuleName(3389)).isEqualTo("MaemukiBridgeLink-TCP-3389");
    assertThat(BridgeLinkRules.portRuleDisplayName(3389))
        .isEqualTo("Maemuki Bridge Link - TCP 3389");
    assertThat(BridgeLinkRules.GROUP).isEqualTo("Maemuki Bridge Link");
  }
}
