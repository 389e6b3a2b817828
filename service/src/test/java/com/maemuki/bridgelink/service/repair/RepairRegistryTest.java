package com.maemuki.bridgelink.service.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.platform.EventLogSink;
import com.maemuki.bridgelink.service.platform.NotApplicableFirewall;
import com.maemuki.bridgelink.service.platform.StandInProgram;
import com.maemuki.bridgelink.service.platform.Unsupported;
import com.maemuki.bridgelink.service.platform.UnsupportedServiceControl;
import com.maemuki.bridgelink.service.platform.firewall.PortAllowlist;
import com.maemuki.bridgelink.service.platform.firewall.PowerShellCommands;
import com.maemuki.bridgelink.service.platform.windows.PowerShellFirewall;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RepairRegistryTest {

  private static final RepairCaller OPERATOR =
      new RepairCaller(
          "PC\\admin (S-1-5-21-1-2-3-500)", true, "member of Administrators (elevated)");
  private static final RepairCaller VIEWER =
      new RepairCaller("PC\\bob (S-1-5-21-1-2-3-1001)", false, "not an administrator or operator");

  @TempDir Path dir;
  private ExecutorService executor;
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final EventLogSink eventLog =
      (level, id, message) -> events.add(level + " " + id + " " + message);
  private AuditLog audit;

  @BeforeEach
  void setUp() {
    executor = Executors.newCachedThreadPool();
    audit = new AuditLog(dir.resolve("data"));
  }

  @AfterEach
  void tearDown() {
    executor.shutdownNow();
  }

  private RepairRegistry registry(FindingRecheck recheck, Duration deadline, Repair... repairs) {
    RepairRegistry r =
        new RepairRegistry(executor, audit, eventLog, recheck, deadline, Clock.systemUTC());
    for (Repair repair : repairs) {
      r.register(repair);
    }
    return r;
  }

  private StandInProgram powershell(String output) throws Exception {
    Path out = Files.writeString(dir.resolve("out.json"), output);
    return StandInProgram.create(dir, "powershell.exe", out, 0);
  }

  private OpenInboundPortRepair openPort(StandInProgram ps) {
    PowerShellFirewall firewall =
        new PowerShellFirewall(
            new ProcessCommandRunner(),
            new PowerShellCommands(ps.path(), "C:\\BridgeLink\\powershell", "Tailscale"),
            Duration.ofSeconds(20));
    return new OpenInboundPortRepair(firewall, () -> new PortAllowlist(List.of(3389, 8080)));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anOperatorOpensAConfiguredPortAndTheFindingClears() throws Exception {
    StandInProgram ps =
        powershell(
            "{\"action\":\"created\",\"name\":\"MaemukiBridgeLink-TCP-3389\",\"port\":3389}");
    List<String> rechecked = new ArrayList<>();
    RepairRegistry registry =
        registry(
            key -> {
              rechecked.add(key);
              return Verification.FIXED;
            },
            Duration.ofSeconds(30),
            openPort(ps));
    RepairOutcome outcome =
        registry.run("open-inbound-port", Map.of(), "local-port-blocked/3389", OPERATOR);
    assertThat(outcome)
        .isEqualTo(
            new RepairOutcome(
                true,
                "Added a rule allowing TCP 3389 from Tailscale. Verified: the problem is gone.",
                true));
    assertThat(rechecked).containsExactly("local-port-blocked/3389");
    assertThat(ps.calls()).hasSize(1);
    assertThat(ps.calls().get(0)).endsWith("-LocalPort", "3389", "-InterfaceAlias", "Tailscale");
    JsonNode record = audit.read().get(0);
    assertThat(record.path("caller").asString()).isEqualTo("PC\\admin (S-1-5-21-1-2-3-500)");
    assertThat(record.path("repair").asString()).isEqualTo("open-inbound-port");
    assertThat(record.path("findingKey").asString()).isEqualTo("local-port-blocked/3389");
    assertThat(record.path("result").asString()).isEqualTo("succeeded");
    assertThat(record.path("cleared").asBoolean()).isTrue();
    assertThat(record.path("verification").asString()).isEqualTo("fixed");
    assertThat(events)
        .singleElement()
        .asString()
        .startsWith("INFORMATION 2001 Repair open-inbound-port by PC\\admin")
        .contains(": succeeded (fixed). Added a rule");
  }

  /** A repair that ran, for the verdict tests: it does nothing and says so. */
  private static Repair noOp() {
    return new Repair() {
      public String id() {
        return "allow-ping";
      }

      public String title() {
        return "Answer ping from Tailscale";
      }

      public RunsIn runsIn() {
        return RunsIn.SERVICE;
      }

      public boolean appliesTo(Finding f) {
        return true;
      }

      public RepairOutcome run(RepairContext c) {
        return RepairOutcome.done("Ping was already allowed.");
      }
    };
  }

  @Test
  void theResultSaysWhetherTheProblemIsStillThereOrCouldNotBeVerified() throws Exception {
    RepairOutcome still =
        registry(key -> Verification.STILL_PRESENT, Duration.ofSeconds(5), noOp())
            .run("allow-ping", Map.of(), "icmp-blocked", OPERATOR);
    assertThat(still)
        .isEqualTo(
            new RepairOutcome(
                true, "Ping was already allowed. Applied, but the problem is still there.", false));
    RepairOutcome unknown =
        registry(FindingRecheck.NONE, Duration.ofSeconds(5), noOp())
            .run("allow-ping", Map.of(), "icmp-blocked", OPERATOR);
    assertThat(unknown.ok()).isTrue();
    assertThat(unknown.cleared()).isFalse();
    assertThat(unknown.message())
        .isEqualTo(
            "Ping was already allowed. Applied, but whether the problem is gone could not be"
                + " verified in time.");
    RepairOutcome noFinding =
        registry(key -> Verification.STILL_PRESENT, Duration.ofSeconds(5), noOp())
            .run("allow-ping", Map.of(), null, OPERATOR);
    assertThat(noFinding).isEqualTo(new RepairOutcome(true, "Ping was already allowed.", false));

    List<JsonNode> records = audit.read();
    assertThat(records).extracting(r -> r.path("result").asString()).containsOnly("succeeded");
    assertThat(records)
        .extracting(r -> r.path("verification").isNull() ? null : r.path("verification").asString())
        .containsExactly("still-present", "unverified", null);
    assertThat(events.get(0))
        .startsWith("WARNING 2001 ")
        .contains(": succeeded (still-present). Ping was already allowed. Applied, but");
    assertThat(events.get(1)).startsWith("INFORMATION 2001 ").contains("(unverified)");
    assertThat(events.get(2)).startsWith("INFORMATION 2001 ").contains(": succeeded. Ping");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aNonOperatorIsDeniedAndNothingRuns() throws Exception {
    StandInProgram ps = powershell("{\"action\":\"created\"}");
    RepairRegistry registry = registry(FindingRecheck.NONE, Duration.ofSeconds(30), openPort(ps));
    RepairOutcome outcome = registry.run("open-inbound-port", Map.of("port", 3389), null, VIEWER);
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.message()).contains("Only administrators or members of the operators group");
    assertThat(ps.calls()).isEmpty();
    JsonNode record = audit.read().get(0);
    assertThat(record.path("result").asString()).isEqualTo("denied");
    assertThat(record.path("caller").asString()).contains("bob");
    assertThat(record.path("params").path("port").asString()).isEqualTo("3389");
    assertThat(events).singleElement().asString().startsWith("WARNING 2003");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void hostilePortsNeverReachTheScript() throws Exception {
    StandInProgram ps = powershell("{\"action\":\"created\"}");
    RepairRegistry registry = registry(FindingRecheck.NONE, Duration.ofSeconds(30), openPort(ps));
    for (Object hostile :
        List.of("3389; Remove-NetFirewallRule", 0, 70000, -1, "", "9".repeat(1_000_000), 22)) {
      RepairOutcome outcome =
          registry.run("open-inbound-port", Map.of("port", hostile), null, OPERATOR);
      assertThat(outcome.ok()).isFalse();
      assertThat(outcome.message()).startsWith("Refused: ");
    }
    RepairOutcome viaKey =
        registry.run("open-inbound-port", Map.of(), "local-port-blocked/3389; rm", OPERATOR);
    assertThat(viaKey.ok()).isFalse();
    assertThat(ps.calls()).isEmpty();
    assertThat(audit.read()).hasSize(8).allMatch(r -> r.path("result").asString().equals("failed"));
    // The million digits are shortened in the audit record.
    assertThat(audit.read().get(5).path("params").path("port").asString())
        .endsWith("(1000000 chars)");
  }

  @Test
  void unknownAndTrayRepairsAreRefused() {
    Repair trayOnly =
        new Repair() {
          public String id() {
            return "reauth";
          }

          public String title() {
            return "Sign in again";
          }

          public RunsIn runsIn() {
            return RunsIn.TRAY;
          }

          public boolean appliesTo(Finding f) {
            return true;
          }

          public RepairOutcome run(RepairContext c) {
            throw new AssertionError("must not run");
          }
        };
    RepairRegistry registry = registry(FindingRecheck.NONE, Duration.ofSeconds(5), trayOnly);
    assertThat(registry.run("format-disk", Map.of(), null, OPERATOR).message())
        .isEqualTo("There is no repair called 'format-disk'.");
    assertThat(registry.run("reauth", Map.of(), null, OPERATOR).message())
        .contains("runs in the tray");
  }

  @Test
  void aStuckRepairTimesOutAndASecondClickIsTold() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Repair stuck =
        new Repair() {
          public String id() {
            return "allow-ping";
          }

          public String title() {
            return "Answer ping from Tailscale";
          }

          public RunsIn runsIn() {
            return RunsIn.SERVICE;
          }

          public boolean appliesTo(Finding f) {
            return true;
          }

          public RepairOutcome run(RepairContext c) {
            started.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return RepairOutcome.done("late");
          }
        };
    RepairRegistry registry = registry(FindingRecheck.NONE, Duration.ofMillis(300), stuck);
    Future<RepairOutcome> first =
        Executors.newSingleThreadExecutor()
            .submit(() -> registry.run("allow-ping", Map.of(), null, OPERATOR));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    RepairOutcome second = registry.run("allow-ping", Map.of(), null, OPERATOR);
    RepairOutcome firstOutcome = first.get(10, TimeUnit.SECONDS);
    release.countDown();
    assertThat(firstOutcome.message()).contains("did not finish within");
    assertThat(second.message()).contains("already running");
  }

  @Test
  void onLinuxFirewallAndServiceRepairsSaySo() {
    NotApplicableFirewall linux = NotApplicableFirewall.on("Linux");
    RepairRegistry registry =
        registry(
            FindingRecheck.NONE,
            Duration.ofSeconds(5),
            new AllowPingRepair(linux),
            new SetAdapterPrivateRepair(linux),
            new RestartTailscaleRepair(
                new UnsupportedServiceControl(
                    new Unsupported("Tailscale service control", "systemd is not running"))));
    assertThat(registry.run("allow-ping", Map.of(), null, OPERATOR).message())
        .isEqualTo("Windows Firewall is not available on this machine: not applicable on Linux");
    assertThat(registry.run("restart-tailscale", Map.of(), null, OPERATOR).message())
        .isEqualTo(
            "Tailscale service control is not available on this machine: systemd is not running");
  }

  @Test
  void repairsAnswerForTheirFindings() {
    NotApplicableFirewall fw = NotApplicableFirewall.on("Linux");
    OpenInboundPortRepair open =
        new OpenInboundPortRepair(fw, () -> new PortAllowlist(List.of(3389)));
    assertThat(open.appliesTo(Finding.of(FindingCode.LOCAL_PORT_BLOCKED, "3389", ""))).isTrue();
    assertThat(open.appliesTo(Finding.of(FindingCode.ICMP_BLOCKED, null, ""))).isFalse();
    RepairRegistry registry =
        registry(FindingRecheck.NONE, Duration.ofSeconds(5), open, new AllowPingRepair(fw));
    assertThat(registry.forFinding(Finding.of(FindingCode.ICMP_BLOCKED, null, "")))
        .extracting(Repair::id)
        .containsExactly("allow-ping");
    for (FindingCode code : FindingCode.values()) {
      if ("open-inbound-port".equals(code.repair())) {
        assertThat(open.appliesTo(Finding.of(code, "3389", ""))).isTrue();
      }
    }
  }
}
