package com.maemuki.bridgelink.service.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.transport.PeerIdentity;
import com.maemuki.bridgelink.ipc.transport.windows.TokenIdentity;
import com.maemuki.bridgelink.service.ipc.AuthorizationPolicy;
import com.maemuki.bridgelink.service.ipc.Authorizer;
import com.maemuki.bridgelink.service.platform.EventLogSink;
import com.maemuki.bridgelink.service.platform.FirewallInspection;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.ShippedScripts;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The thin Windows adapters against the real OS. Run with {@code mvn -B verify -Pwindows-it}. */
@EnabledOnOs(OS.WINDOWS)
@Tag("windows-it")
class WindowsIntegrationTest {

  @Test
  void scmReadsAServiceEveryWindowsHas() {
    ServiceState eventLog = new ScmServiceOps("EventLog").query();
    assertThat(eventLog.kind()).isEqualTo(ServiceState.Kind.RUNNING);
    assertThat(eventLog.detail()).isEqualTo("SERVICE_RUNNING");
    assertThat(new ScmServiceOps("NoSuchService-MaemukiTest").query().kind())
        .isEqualTo(ServiceState.Kind.NOT_INSTALLED);
  }

  @Test
  void firewallScriptRunsAndParses(@TempDir Path dir) throws Exception {
    Path scripts = ShippedScripts.locate(null, dir, PowerShellCommands.SCRIPTS);
    PowerShellFirewall firewall =
        new PowerShellFirewall(
            new ProcessCommandRunner(),
            new PowerShellCommands(
                PowerShellCommands.windowsPowerShell(System.getenv("SystemRoot")),
                scripts.toString(),
                "Tailscale"),
            Duration.ofSeconds(120));
    FirewallInspection result = firewall.read(List.of(3389));
    if (UnderWine.version().isPresent()) {
      // What the service makes of it: a failure with a reason, never a snapshot.
      assertThat(result).isInstanceOf(FirewallInspection.Failed.class);
      UnderWine.abortWhere(
          "powershell.exe is Wine's stub (programs/powershell wmain: 'fixme:powershell:wmain"
              + " stub', no output, exit 0): no PowerShell, no NetSecurity cmdlets; the service"
              + " reported "
              + result);
    }
    assertThat(result).isInstanceOf(FirewallInspection.Inspected.class);
    var snapshot = ((FirewallInspection.Inspected) result).snapshot();
    assertThat(snapshot.inspectedPorts()).containsExactly(3389);
    assertThat(snapshot.profiles()).hasSize(3);
  }

  @Test
  void eventLogWriteDoesNotThrow() {
    // Unregistered sources still write (with a "description not found" prefix).
    new WindowsEventLogSink()
        .write(EventLogSink.Level.INFORMATION, 9999, "Maemuki Bridge Link integration test");
    // The call went through; whether the event is in the log only Windows can show.
    UnderWine.abortWhere(
        "ReportEventW is a partial stub (dlls/advapi32/eventlog.c: returns TRUE, stores nothing,"
            + " only traces the strings on the eventlog debug channel) and ReadEventLogW fails with"
            + " ERROR_CALL_NOT_IMPLEMENTED: the write ran without error, its record cannot be"
            + " shown");
  }

  @Test
  void readsThisProcessTokenIdentityAndDecidesOnIt() {
    PeerIdentity me = TokenIdentity.currentProcess();
    assertThat(me.userSid()).startsWith("S-1-5-");
    assertThat(me.user()).contains("\\");
    assertThat(me.hasGrantingGroup("S-1-1-0")).as("Everyone").isTrue();
    // Elevated or not, the decision and the token agree: Administrators grants only when enabled.
    Authorizer.Decision decision =
        new Authorizer(AuthorizationPolicy.administratorsOnly()).decide(me);
    assertThat(decision.operator())
        .isEqualTo(
            me.hasGrantingGroup(Authorizer.ADMINISTRATORS_SID)
                || me.userSid().equals(Authorizer.LOCAL_SYSTEM_SID));
  }

  @Test
  void looksUpWellKnownGroupsAndRefusesUsers() {
    AccountGroupLookup lookup = new AccountGroupLookup();
    assertThat(lookup.idOf(Authorizer.ADMINISTRATORS_SID)).hasValue(Authorizer.ADMINISTRATORS_SID);
    assertThat(lookup.idOf("NoSuchGroup-MaemukiTest")).isEmpty();
    assertThat(lookup.idOf(TokenIdentity.currentProcess().user()))
        .as("a user is not a group")
        .isEmpty();
  }
}
