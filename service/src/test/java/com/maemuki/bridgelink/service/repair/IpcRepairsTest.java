package com.maemuki.bridgelink.service.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpcRepairsTest {

  @TempDir Path dir;

  @Test
  void listsRepairsPerFindingAndRunsTheSoleOne() throws Exception {
    ExecutorService executor = Executors.newCachedThreadPool();
    try {
      RecordingFirewallEditor editor = new RecordingFirewallEditor();
      List<Finding> active = List.of(Finding.of(FindingCode.LOCAL_PORT_BLOCKED, "3389", "blocked"));
      RepairRegistry registry =
          new RepairRegistry(
                  executor,
                  new AuditLog(dir),
                  (l, i, m) -> {},
                  key -> Verification.FIXED,
                  Duration.ofSeconds(10),
                  Clock.systemUTC())
              .register(new OpenInboundPortRepair(editor, () -> new PortAllowlist(List.of(3389))))
              .register(new AllowPingRepair(editor));
      IpcRepairs ipc = new IpcRepairs(registry, () -> active);
      assertThat(ipc.entries())
          .containsExactly(
              new RepairListEntry(
                  "open-inbound-port",
                  "Allow the port from Tailscale",
                  "service",
                  null,
                  "local-port-blocked/3389"),
              new RepairListEntry(
                  "allow-ping", "Answer ping from Tailscale", "service", null, null));
      var outcome =
          ipc.run(new RepairRunParams("open-inbound-port", null, null, null), "ipc client");
      assertThat(outcome.ok()).isTrue();
      assertThat(outcome.cleared()).isTrue();
      assertThat(editor.calls).containsExactly("open 3389");
      assertThat(new AuditLog(dir).read().get(0).path("caller").asString()).isEqualTo("ipc client");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void theRepairOfAFindingTheServiceDoesNotRunIsListedAsRunningInTheTray() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      RepairRegistry registry =
          new RepairRegistry(
                  executor,
                  new AuditLog(dir),
                  (l, i, m) -> {},
                  key -> Verification.FIXED,
                  Duration.ofSeconds(10),
                  Clock.systemUTC())
              .register(new AllowPingRepair(new RecordingFirewallEditor()));
      List<Finding> active = List.of(Finding.of(FindingCode.NEEDS_LOGIN, null, "signed out"));

      assertThat(new IpcRepairs(registry, () -> active).entries())
          .containsExactly(
              new RepairListEntry("reauth", "reauth", "tray", null, "needs-login"),
              new RepairListEntry(
                  "allow-ping", "Answer ping from Tailscale", "service", null, null));
    } finally {
      executor.shutdownNow();
    }
  }
}
