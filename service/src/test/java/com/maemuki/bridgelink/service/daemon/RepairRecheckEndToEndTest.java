package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.service.monitor.ActiveFinding;
import com.maemuki.bridgelink.service.monitor.Eventually;
import com.maemuki.bridgelink.service.monitor.LinkMonitor;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.service.repair.AuditLog;
import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.service.repair.RepairCaller;
import com.maemuki.bridgelink.service.repair.RepairContext;
import com.maemuki.bridgelink.service.repair.RepairOutcome;
import com.maemuki.bridgelink.service.repair.RepairRegistry;
import com.maemuki.bridgelink.service.repair.RunsIn;
import com.maemuki.bridgelink.testkit.lab.LabFault;
import com.maemuki.bridgelink.testkit.lab.LinkLab;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A repair's re-check on the real monitor (sources, evaluator, default flap damping: clear after 2
 * good sightings) against the tailscaled simulator and real loopback listeners. A repair that
 * really reopens the peer's closed port is reported fixed although one good sighting does not clear
 * the damped finding; a repair that does nothing is reported still there.
 */
@DisabledOnOs(OS.WINDOWS)
class RepairRecheckEndToEndTest {

  /** Slower than the lab's fast intervals: only the re-check's runs see the fix at once. */
  private static final String INTERVALS =
      "{\"status\": 0.5, \"prefs\": 0.5, \"daemon\": 1, \"probes\": 1, \"dns\": 1}";

  private static final String DEADLINES =
      "\"deadlines\": {\"localApi\": 0.5, \"probe\": 0.5, \"dns\": 0.5, \"ping\": 0.5}";

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final RepairCaller OPERATOR =
      new RepairCaller("root (uid 0)", true, "authorized as operator by the test");

  @TempDir Path dir;

  /** Something a test repair does to the lab. */
  @FunctionalInterface
  interface LabAction {
    void run() throws IOException;
  }

  private static Repair labRepair(String id, LabAction action, String said) {
    return new Repair() {
      public String id() {
        return id;
      }

      public String title() {
        return id;
      }

      public RunsIn runsIn() {
        return RunsIn.SERVICE;
      }

      public boolean appliesTo(Finding f) {
        return f.code() == FindingCode.PEER_PORT_CLOSED;
      }

      public RepairOutcome run(RepairContext context) {
        try {
          action.run();
          return RepairOutcome.done(said);
        } catch (IOException e) {
          return RepairOutcome.failed(e.toString());
        }
      }
    };
  }

  private static Optional<String> portFinding(LinkMonitor monitor) {
    return monitor.snapshot().findings().stream()
        .filter(f -> f.finding().code() == FindingCode.PEER_PORT_CLOSED)
        .map(ActiveFinding::key)
        .findFirst();
  }

  @Test
  void aRealFixIsReportedFixedAndARepairThatDoesNothingIsReportedStillThere() throws Exception {
    ExecutorService executor = Executors.newCachedThreadPool();
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    AuditLog audit = new AuditLog(dir.resolve("data"));
    try (LinkLab lab = new LinkLab(dir.resolve("lab"), 1, 1, INTERVALS, DEADLINES);
        BridgeLinkDaemon daemon =
            BridgeLinkDaemon.start(
                new DaemonOptions(
                    lab.configFile(),
                    true,
                    MachinePolicy.of(Map.of()),
                    new ConfigOverrides(List.of(), lab.socket().toString()),
                    Platforms.daemonControl()))) {
      LinkMonitor monitor = daemon.monitor();
      assertThat(monitor.damping()).isEqualTo(Damping.defaults());
      assertThat(monitor.damping().clearAfter()).isGreaterThanOrEqualTo(2);
      RepairRegistry registry =
          new RepairRegistry(
                  executor,
                  audit,
                  (level, id, text) -> events.add(level + " " + id + " " + text),
                  new MonitorRecheck(monitor, DaemonIpc.RECHECK_BOUND),
                  Duration.ofSeconds(10),
                  Clock.systemUTC())
              .register(labRepair("do-nothing", () -> {}, "Nothing was changed."))
              .register(
                  labRepair(
                      "reopen-peer-port",
                      () -> lab.restore(LabFault.PORT_CLOSED),
                      "Reopened the peer's port."));
      Eventually.await(
          "the probes ran clean",
          LIMIT,
          () -> monitor.readings().runs("probes") > 0 && portFinding(monitor).isEmpty());

      lab.inject(LabFault.PORT_CLOSED);
      Eventually.await("peer-port-closed raised", LIMIT, () -> portFinding(monitor).isPresent());
      String key = portFinding(monitor).orElseThrow();

      RepairOutcome idle = registry.run("do-nothing", Map.of(), key, OPERATOR);
      assertThat(idle)
          .isEqualTo(
              new RepairOutcome(
                  true, "Nothing was changed. Applied, but the problem is still there.", false));
      assertThat(portFinding(monitor)).contains(key);

      RepairOutcome fixed = registry.run("reopen-peer-port", Map.of(), key, OPERATOR);
      assertThat(fixed)
          .isEqualTo(
              new RepairOutcome(
                  true, "Reopened the peer's port. Verified: the problem is gone.", true));
      assertThat(monitor.rawFindings()).noneMatch(f -> f.key().equals(key));
      Eventually.await("the damped clear", LIMIT, () -> portFinding(monitor).isEmpty());

      List<JsonNode> records = audit.read();
      assertThat(records)
          .extracting(r -> r.path("repair").asString())
          .containsExactly("do-nothing", "reopen-peer-port");
      assertThat(records)
          .extracting(r -> r.path("verification").asString())
          .containsExactly("still-present", "fixed");
      assertThat(records)
          .extracting(r -> r.path("cleared").asBoolean())
          .containsExactly(false, true);
      assertThat(events.get(0)).startsWith("WARNING 2001 ").contains("(still-present)");
      assertThat(events.get(1)).startsWith("INFORMATION 2001 ").contains("(fixed)");
    } finally {
      executor.shutdownNow();
    }
  }
}
