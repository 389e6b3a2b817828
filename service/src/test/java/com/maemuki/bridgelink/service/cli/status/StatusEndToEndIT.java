package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.cli.BridgeLinkCommand;
import com.maemuki.bridgelink.testkit.lab.LabFault;
import com.maemuki.bridgelink.testkit.lab.LinkLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole path with real processes: {@code bridge-link run --ipc-socket} against the tailscaled
 * simulator (with real loopback listeners for the peer's ports), and {@code bridge-link status},
 * {@code status --json} and {@code status --watch --json} as separate processes on the packaged
 * distribution. A fault injected into the simulator reaches the watcher as a transition; with the
 * service stopped, {@code status} says so and exits 1. Over the same socket, a service repair run
 * by this (root) caller reaches the repair registry and is audited once in {@code audit.jsonl} with
 * the caller's identity, and {@code diag.create} writes a real bundle.
 */
@DisabledOnOs(OS.WINDOWS)
class StatusEndToEndIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration WINDOW = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void statusJsonAndWatchFollowTheRunningService() throws Exception {
    // `run --ipc-socket` comes with the monitor's IPC wiring; until it is merged there is no real
    // service process to talk to (StatusCommandIT covers the real IPC server meanwhile).
    assumeTrue(
        BridgeLinkCommand.newCommandLine()
                .getSubcommands()
                .get("run")
                .getCommandSpec()
                .findOption("--ipc-socket")
            != null,
        "bridge-link run has no --ipc-socket yet; skipped");
    Path socket = dir.resolve("ipc/ipc.sock");
    Path data = Files.createDirectories(dir.resolve("data"));
    try (LinkLab lab =
            new LinkLab(
                dir.resolve("lab"),
                1,
                1,
                LinkLab.FAST_INTERVALS,
                LinkLab.FAST_DEADLINES_AND_DAMPING);
        CliProcess service =
            CliProcess.start(
                Map.of("BRIDGE_LINK_DATA_DIR", data.toString()),
                "run",
                "--plain",
                "--config",
                lab.configFile().toString(),
                "--socket",
                lab.socket().toString(),
                "--ipc-socket",
                socket.toString())) {
      service.awaitLine("link ok", l -> l.contains(" state ok: "), WINDOW);

      CliProcess text = CliProcess.run(Map.of(), "status", "--ipc-socket", socket.toString());
      assertThat(text.exit()).as(text.stderr()).isZero();
      assertThat(text.stdout())
          .startsWith("OK  ")
          .contains("This machine: bridge-pc")
          .containsPattern("bridge-peer +127\\.0\\.0\\.11 +online +direct")
          .containsPattern("\\d+ ok \\d+\\.\\d ms")
          .contains("No active findings.");

      CliProcess json =
          CliProcess.run(Map.of(), "status", "--json", "--ipc-socket", socket.toString());
      assertThat(json.exit()).as(json.stderr()).isZero();
      JsonNode snapshot = JSON.readTree(json.stdout());
      assertThat(snapshot.path("overall").asString()).isEqualTo("ok");
      assertThat(snapshot.path("peers").get(0).path("name").asString()).isEqualTo("bridge-peer");
      assertThat(snapshot.path("peers").get(0).path("online").asBoolean()).isTrue();
      // Where the tray's user repairs must go: the socket this service watches, not the usual one.
      assertThat(snapshot.path("localApi").asString()).isEqualTo(lab.socket().toString());
      assertThat(snapshot.path("servicePid").asLong()).isEqualTo(service.process.pid());

      repairAndDiagnosticsOverIpc(socket, data);

      try (CliProcess watch =
          CliProcess.start(
              Map.of(), "status", "--watch", "--json", "--ipc-socket", socket.toString())) {
        watch.awaitLine("the first snapshot", l -> l.contains("\"event\":\"snapshot\""), WINDOW);
        lab.inject(LabFault.PEER_OFFLINE);
        String raised =
            watch.awaitLine(
                "peer-offline raised",
                l -> l.contains("\"transition\"") && l.contains("\"peer-offline\""),
                WINDOW);
        JsonNode event = JSON.readTree(raised);
        assertThat(event.path("data").path("kind").asString()).isEqualTo("raised");
        assertThat(event.path("data").path("finding").path("severity").asString())
            .isEqualTo("critical");

        CliProcess during = CliProcess.run(Map.of(), "status", "--ipc-socket", socket.toString());
        assertThat(during.exit()).as("findings never set the exit status").isZero();
        assertThat(during.stdout())
            .startsWith("DOWN  ")
            .containsPattern("bridge-peer +127\\.0\\.0\\.11 +offline")
            .contains("CRITICAL  peer-offline [bridge-peer]")
            .contains("Remedy: ");

        service.close(); // SIGTERM: the service goes away under the watcher
        long until = System.nanoTime() + WINDOW.toNanos();
        while (!watch.err.contains(StatusWatch.RETRYING) && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertThat(watch.err).contains(StatusWatch.RETRYING);
        assertThat(watch.process.isAlive()).as("the watcher keeps retrying").isTrue();
      }

      CliProcess gone = CliProcess.run(Map.of(), "status", "--ipc-socket", socket.toString());
      assertThat(gone.exit()).isEqualTo(1);
      assertThat(gone.stdout()).isEmpty();
      assertThat(gone.stderr())
          .startsWith("The Bridge Link service is not running (")
          .contains(socket.toString())
          .contains("Start it with `bridge-link run`");
    }
  }

  /** repair.run of a service repair and diag.create, as the user running the test. */
  private static void repairAndDiagnosticsOverIpc(Path socket, Path data) throws Exception {
    try (IpcSession session =
        IpcSession.open(new UnixSocketTransport(socket), SessionOptions.of("status-e2e"), null)) {
      boolean root = "root".equals(System.getProperty("user.name"));
      JsonNode list = session.call("repair.list", session.newObject());
      assertThat(list.path("repairs").findValuesAsString("id"))
          .contains(
              "restart-tailscale",
              "open-inbound-port",
              "close-inbound-port",
              "allow-ping",
              "set-adapter-private");
      if (root) {
        JsonNode ran =
            session.call(
                "repair.run", session.newObject().put("id", "allow-ping"), Duration.ofSeconds(30));
        // On Linux the firewall repairs are not applicable: a failed outcome, said in words.
        assertThat(ran.path("ok").asBoolean(true)).isFalse();
        assertThat(ran.path("message").asString()).contains("not applicable on Linux");

        List<JsonNode> audit =
            Files.readAllLines(data.resolve("audit.jsonl")).stream().map(JSON::readTree).toList();
        assertThat(audit).as("one audit line per attempt").hasSize(1);
        assertThat(audit.get(0).path("repair").asString()).isEqualTo("allow-ping");
        assertThat(audit.get(0).path("caller").asString()).startsWith("root (uid 0)");
        assertThat(audit.get(0).path("result").asString()).isEqualTo("failed");
        assertThat(audit.get(0).path("message").asString()).contains("not applicable on Linux");
      }

      JsonNode diag = session.call("diag.create", session.newObject(), Duration.ofSeconds(60));
      Path bundle = Path.of(diag.path("path").asString());
      assertThat(bundle).exists().isRegularFile();
      assertThat(bundle.toString()).endsWith(".zip");
      assertThat(bundle.startsWith(data)).as("under the data directory").isTrue();
      try (ZipFile zip = new ZipFile(bundle.toFile())) {
        assertThat(zip.getEntry("snapshot.json")).isNotNull();
        assertThat(new String(zip.getInputStream(zip.getEntry("snapshot.json")).readAllBytes()))
            .contains("bridge-peer");
      }
    }
  }
}
