package com.maemuki.bridgelink.service.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.platform.FirewallEditResult;
import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.StandInProgram;
import com.maemuki.bridgelink.service.platform.firewall.NetworkCategory;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The adapter through a real process standing in for powershell.exe. */
@EnabledOnOs(OS.LINUX)
class PowerShellFirewallTest {

  @TempDir Path dir;

  private PowerShellFirewall firewall(StandInProgram ps) {
    return new PowerShellFirewall(
        new ProcessCommandRunner(),
        new PowerShellCommands(ps.path(), "C:\\BridgeLink\\powershell", "Tailscale"),
        Duration.ofSeconds(20));
  }

  private Path output(String text) throws Exception {
    return Files.writeString(dir.resolve("out-" + System.nanoTime()), text);
  }

  @Test
  void inspectsAndParses() throws Exception {
    Path fixture = dir.resolve("fixture.json");
    try (InputStream in =
        getClass().getResourceAsStream("/fixtures/windows/firewall-adapter-public.json")) {
      Files.copy(in, fixture);
    }
    StandInProgram ps = StandInProgram.create(dir, "powershell.exe", fixture, 0);
    FirewallInspection result = firewall(ps).read(List.of(3389, 8080));
    assertThat(result).isInstanceOf(FirewallInspection.Inspected.class);
    assertThat(((FirewallInspection.Inspected) result).snapshot().adapter().category())
        .isEqualTo(NetworkCategory.PUBLIC);
    assertThat(ps.calls())
        .containsExactly(
            List.of(
                "-NoProfile",
                "-NonInteractive",
                "-ExecutionPolicy",
                "Bypass",
                "-File",
                "C:\\BridgeLink\\powershell\\Get-BridgeLinkFirewall.ps1",
                "-LocalPort",
                "3389,8080",
                "-InterfaceAlias",
                "Tailscale"));
  }

  @Test
  void aFailingScriptIsAFailureWithItsFirstLine() throws Exception {
    StandInProgram ps =
        StandInProgram.create(
            dir, "powershell.exe", output("Get-NetFirewallProfile : Access is denied.\n"), 1);
    FirewallInspection result = firewall(ps).read(List.of(3389));
    assertThat(result)
        .isEqualTo(
            new FirewallInspection.Failed(
                "the firewall inspection failed (exit 1): Get-NetFirewallProfile : Access is denied."));
  }

  @Test
  void aPowerShellThatSaysNothingIsUnavailable() throws Exception {
    // Wine's powershell.exe: a stub that exits 0 and prints nothing.
    StandInProgram ps = StandInProgram.create(dir, "powershell.exe", output(""), 0);
    FirewallInspection result = firewall(ps).read(List.of(3389));
    assertThat(result).isEqualTo(new FirewallInspection.Failed(PowerShellFirewall.UNAVAILABLE));
    assertThat(PowerShellFirewall.UNAVAILABLE).startsWith("PowerShell is unavailable");
  }

  @Test
  void garbageOutputIsAFailureNotAnException() throws Exception {
    StandInProgram ps =
        StandInProgram.create(dir, "powershell.exe", output("WARNING: something\n"), 0);
    assertThat(firewall(ps).read(List.of(3389))).isInstanceOf(FirewallInspection.Failed.class);
    assertThat(firewall(ps).allowPing().ok()).isFalse();
  }

  @Test
  void editsReportWhatTheScriptDid() throws Exception {
    StandInProgram created =
        StandInProgram.create(
            dir,
            "created.exe",
            output(
                "{\"action\":\"created\",\"name\":\"MaemukiBridgeLink-TCP-3389\",\"port\":3389}"),
            0);
    FirewallEditResult r = firewall(created).openInboundPort(3389);
    assertThat(r)
        .isEqualTo(
            new FirewallEditResult(
                true, "created", "Added a rule allowing TCP 3389 from Tailscale."));
    assertThat(created.calls().get(0))
        .endsWith(
            "C:\\BridgeLink\\powershell\\Add-BridgeLinkPortRule.ps1",
            "-LocalPort",
            "3389",
            "-InterfaceAlias",
            "Tailscale");

    StandInProgram exists =
        StandInProgram.create(dir, "exists.exe", output("{\"action\":\"exists\"}"), 0);
    assertThat(firewall(exists).openInboundPort(3389).ok()).isTrue();

    StandInProgram absent =
        StandInProgram.create(dir, "absent.exe", output("{\"action\":\"absent\"}"), 0);
    FirewallEditResult closed = firewall(absent).closeInboundPort(3389);
    assertThat(closed.ok()).isTrue();
    assertThat(closed.message()).contains("nothing to remove");

    StandInProgram domain =
        StandInProgram.create(dir, "domain.exe", output("{\"action\":\"domain\"}"), 0);
    assertThat(firewall(domain).setAdapterPrivate().ok()).isFalse();
  }
}
