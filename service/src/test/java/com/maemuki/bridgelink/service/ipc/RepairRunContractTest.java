package com.maemuki.bridgelink.service.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.FindingData;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairListResult;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.ipc.contract.SnapshotData;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.SnapshotJson;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.service.repair.FindingRecheck;
import com.maemuki.bridgelink.service.repair.IpcRepairs;
import com.maemuki.bridgelink.service.repair.OpenInboundPortRepair;
import com.maemuki.bridgelink.service.repair.RecordingFirewallEditor;
import com.maemuki.bridgelink.service.repair.RepairRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of a Fix: a client reads the service's snapshot, sends for one finding what the tray
 * sends ({@link RepairRunParams#forFinding}), and the service repairs that finding. Over a real
 * Unix socket, with the real method table, repair registry and inbound-port repair.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RepairRunContractTest {
  @TempDir Path temp;

  private final RecordingFirewallEditor firewallEditor = new RecordingFirewallEditor();
  private final List<String> firewall = firewallEditor.calls;
  private final ExecutorService repairThreads = Executors.newCachedThreadPool();
  private final List<Finding> active =
      List.of(
          Finding.of(FindingCode.LOCAL_PORT_BLOCKED, "3389", "blocked by a rule"),
          Finding.of(FindingCode.LOCAL_PORT_BLOCKED, "8080", "blocked by a rule"));
  private IpcTransport transport;
  private IpcServer server;

  @BeforeEach
  void start() throws Exception {
    RepairRegistry registry =
        new RepairRegistry(
            repairThreads,
            new AuditLog(temp),
            (level, id, text) -> {},
            FindingRecheck.NONE,
            Duration.ofSeconds(20),
            Clock.systemUTC());
    registry.register(
        new OpenInboundPortRepair(firewallEditor, () -> new PortAllowlist(List.of(3389, 8080))));
    IpcRepairs repairs = new IpcRepairs(registry, () -> active);
    transport = new UnixSocketTransport(temp.resolve("ipc/ipc.sock"));
    EventHub hub = new EventHub();
    server =
        new IpcServer(
                transport,
                IpcServerConfig.defaults("test"),
                ServiceMethods.dispatcher(
                    new RegistryFacade(repairs, this::snapshot),
                    hub,
                    entry -> {},
                    Clock.systemUTC()),
                new Authorizer(new AuthorizationPolicy(Optional.empty(), true)),
                hub)
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
    repairThreads.shutdownNow();
  }

  /** The service's snapshot with the two findings active, as the monitor's payload has them. */
  private SnapshotData snapshot() {
    List<FindingData> findings =
        active.stream()
            .map(f -> SnapshotJson.finding(new ActiveFinding(f, Instant.EPOCH)))
            .toList();
    return new SnapshotData(
        Instant.EPOCH.toString(),
        "degraded",
        "",
        null,
        List.of(),
        findings,
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void theSecondPortsFixOpensTheSecondPort() throws Exception {
    try (IpcSession session =
        IpcSession.open(transport, SessionOptions.of("tray/test"), (event, data) -> {})) {
      SnapshotData snapshot =
          ContractJson.read(
              session.call(IpcMethod.STATUS_GET.wireName(), null), SnapshotData.class);
      FindingData second = snapshot.findings().get(1);
      assertThat(second.key()).isEqualTo("local-port-blocked/8080");

      RepairRunResult result =
          ContractJson.read(
              session.call(
                  IpcMethod.REPAIR_RUN.wireName(),
                  ContractJson.write(RepairRunParams.forFinding(second)),
                  Duration.ofSeconds(30)),
              RepairRunResult.class);

      assertThat(result.succeeded()).as(result.message()).isTrue();
      assertThat(firewall).containsExactly("open 8080");
    }
  }

  @Test
  void aSubjectAloneChoosesAmongTheFindingsTheRepairAddresses() throws Exception {
    try (IpcSession session =
        IpcSession.open(transport, SessionOptions.of("tray/test"), (event, data) -> {})) {
      RepairRunResult result =
          ContractJson.read(
              session.call(
                  IpcMethod.REPAIR_RUN.wireName(),
                  ContractJson.write(new RepairRunParams("open-inbound-port", null, "3389", null)),
                  Duration.ofSeconds(30)),
              RepairRunResult.class);

      assertThat(result.succeeded()).as(result.message()).isTrue();
      assertThat(firewall).containsExactly("open 3389");
    }
  }

  @Test
  void withoutAFindingAmongSeveralTheRepairIsRefusedAndNothingChanges() throws Exception {
    try (IpcSession session =
        IpcSession.open(transport, SessionOptions.of("tray/test"), (event, data) -> {})) {
      RepairListResult list =
          ContractJson.read(
              session.call(IpcMethod.REPAIR_LIST.wireName(), null), RepairListResult.class);
      assertThat(list.repairs())
          .extracting(RepairListEntry::findingKey)
          .containsExactly("local-port-blocked/3389", "local-port-blocked/8080");

      RepairRunResult result =
          ContractJson.read(
              session.call(
                  IpcMethod.REPAIR_RUN.wireName(),
                  ContractJson.write(new RepairRunParams("open-inbound-port", null, null, null)),
                  Duration.ofSeconds(30)),
              RepairRunResult.class);

      assertThat(result.succeeded()).isFalse();
      assertThat(firewall).isEmpty();
    }
  }
}
