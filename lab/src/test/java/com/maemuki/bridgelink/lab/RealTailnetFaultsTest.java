package com.maemuki.bridgelink.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.lab.MonitorLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every fault of the real tailnet, injected the way it happens for real and healed again, with
 * {@code bridge-link run} watching from the bridge namespace: the right finding is raised with the
 * right subject, words and repair, it clears after the heal, and nothing else is raised meanwhile.
 * Detection latencies are appended to {@code target/lab-latency.tsv} ({@code scripts/bench lab}
 * repeats each fault with {@code -Dlab.repeats=N} and prints the table).
 */
@Tag("real-tailnet")
class RealTailnetFaultsTest {

  private static final Set<String> NONE = Set.of();
  private static final Path LATENCY = Path.of("target/lab-latency.tsv");
  private static BridgeLinkInLab product;

  /** Every fault, or those named in {@code -Dlab.faults="a b"} ({@code scripts/bench lab}). */
  static Stream<LabFault> faults() {
    String only = System.getProperty("lab.faults", "").strip();
    Set<String> names = only.isEmpty() ? Set.of() : Set.of(only.split("\\s+"));
    return allFaults().filter(f -> names.isEmpty() || names.contains(f.fault()));
  }

  private static Stream<LabFault> allFaults() {
    String p1Port = "peer-port-unreachable p1:" + RealTailnet.APP_PORT;
    String p2Port = "peer-port-unreachable p2:" + RealTailnet.APP_PORT;
    return Stream.of(
        new LabFault(
            "port-closed",
            "p1",
            List.of("peer-port-closed p1:" + RealTailnet.APP_PORT),
            NONE,
            15_000,
            20_000),
        new LabFault("shields-up", "p1", List.of(p1Port), NONE, 20_000, 20_000),
        new LabFault(
            "peer-stopped", "p1", List.of("peer-offline p1"), Set.of(p1Port), 40_000, 40_000),
        // Blocking UDP mid-conversation stops the direct path before magicsock gives up on it
        // (6.5 s trust) and falls back to DERP: connects and the disco ping go unanswered
        // meanwhile.
        new LabFault(
            "udp-blocked",
            "p1",
            List.of("path-relayed p1"),
            Set.of("peer-offline p1", p1Port),
            40_000,
            40_000),
        new LabFault(
            "accept-dns-off",
            "bridge",
            List.of("dns-not-accepted -"),
            Set.of("peer-name-unresolved p1", "peer-name-unresolved p2"),
            // prefs are read when the status changes, else every 45 s (the LocalAPI duty cycle)
            60_000,
            60_000),
        new LabFault(
            "magicdns-off",
            "bridge",
            List.of("magicdns-disabled -"),
            Set.of("peer-name-unresolved p1", "peer-name-unresolved p2"),
            60_000,
            60_000),
        new LabFault(
            "peer-deleted",
            "p2",
            List.of("peer-not-in-tailnet p2"),
            Set.of(p2Port),
            20_000,
            40_000),
        new LabFault(
            "all-peers-deleted",
            "bridge",
            List.of("peer-not-in-tailnet p1", "peer-not-in-tailnet p2"),
            Set.of(p1Port, p2Port),
            20_000,
            40_000),
        new LabFault("down", "bridge", List.of("backend-stopped -"), NONE, 15_000, 30_000),
        new LabFault("logged-out", "bridge", List.of("needs-login -"), NONE, 15_000, 30_000),
        new LabFault("key-expired", "bridge", List.of("key-expired -"), NONE, 15_000, 30_000),
        new LabFault(
            "bridge-stopped", "bridge", List.of("daemon-stopped -"), NONE, 15_000, 30_000));
  }

  @BeforeAll
  static void start() throws Exception {
    RealTailnet.require();
    product = BridgeLinkInLab.start();
    awaitSettled();
  }

  @AfterAll
  static void stop() throws Exception {
    if (product != null) {
      product.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultIsRaisedAndClearedWithNothingElse(LabFault f) throws Exception {
    int repeats = Integer.getInteger("lab.repeats", 1);
    for (int round = 0; round < repeats; round++) {
      injectAndHeal(f);
    }
  }

  private static void injectAndHeal(LabFault f) throws Exception {
    MonitorLauncher monitor = product.monitor();
    int from = monitor.lineCount();
    List<String> duringFault = List.of();
    long injected = System.nanoTime();
    RealTailnet.fault(f.fault(), f.node());
    Map<String, Long> latencies = new LinkedHashMap<>();
    try {
      for (String finding : f.expected()) {
        String[] cs = finding.split(" ");
        MonitorLauncher.Line raised =
            product.awaitRaised(from, cs[0], subject(cs[1]), f.raiseWithinMs());
        assertThat(raised)
            .as(
                "%s: %s raised within %d ms; raised meanwhile: %s",
                f.label(), finding, f.raiseWithinMs(), product.raisedSince(from))
            .isNotNull();
        latencies.put(finding, (raised.nanos() - injected) / 1_000_000);
      }
      assertTheSnapshotSaysIt(f);
    } finally {
      int healFrom = monitor.lineCount();
      duringFault = product.raisedSince(from);
      // from the start of the heal: the clear can come while the heal command is still finishing
      long healed = System.nanoTime();
      RealTailnet.heal(f.fault(), f.node());
      for (String finding : f.expected()) {
        String[] cs = finding.split(" ");
        MonitorLauncher.Line cleared =
            product.awaitCleared(from, cs[0], subject(cs[1]), f.clearWithinMs());
        assertThat(cleared)
            .as("%s: %s cleared within %d ms of the heal", f.label(), finding, f.clearWithinMs())
            .isNotNull();
        if (monitor.indexOf(cleared) >= healFrom) {
          latencies.put(finding + " (clear)", (cleared.nanos() - healed) / 1_000_000);
        }
      }
      awaitSettled();
    }
    // While the fault lasts nothing else may be raised. The heal itself can bring passing states
    // that are the lab's doing, not the product's (a deleted peer re-registers as a new node and
    // shows offline for a second); after it the link must settle back to ok (awaitSettled).
    List<String> unexpected = new ArrayList<>(duringFault);
    unexpected.removeAll(f.expected());
    unexpected.removeAll(f.tolerated());
    assertThat(unexpected).as("%s: other findings raised meanwhile", f.label()).isEmpty();
    record(f, latencies);
  }

  /** What `bridge-link status --json` says while the fault lasts: subject, words and repair. */
  private static void assertTheSnapshotSaysIt(LabFault f) {
    JsonNode status = product.status();
    for (String finding : f.expected()) {
      String[] cs = finding.split(" ");
      JsonNode match = null;
      for (JsonNode x : status.path("findings")) {
        if (x.path("code").asString().equals(cs[0])
            && x.path("subject").asString("-").equals(cs[1])) {
          match = x;
        }
      }
      assertThat(match).as("%s: %s in status --json: %s", f.label(), finding, status).isNotNull();
      assertThat(match.path("title").asString()).isNotBlank();
      assertThat(match.path("remedy").asString()).isNotBlank();
      assertThat(match.path("fixer").asString()).isNotBlank();
    }
  }

  /** Waits until the product says the link is ok again (the lab healed, everything cleared). */
  private static void awaitSettled() throws InterruptedException {
    long end = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < end) {
      JsonNode status = product.status();
      if ("ok".equals(status.path("overall").asString()) && status.path("findings").isEmpty()) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the link did not settle to ok in 90 s: " + product.status());
  }

  private static String subject(String s) {
    return s.equals("-") ? null : s;
  }

  private static void record(LabFault f, Map<String, Long> latencies) throws IOException {
    StringBuilder rows = new StringBuilder();
    latencies.forEach(
        (k, v) ->
            rows.append(f.label()).append('\t').append(k).append('\t').append(v).append('\n'));
    Files.createDirectories(LATENCY.toAbsolutePath().getParent());
    Files.writeString(
        LATENCY,
        rows.toString(),
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }
}
