package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.transport.IpcConnection;
import com.maemuki.bridgelink.ipc.transport.IpcListener;
import com.maemuki.bridgelink.ipc.transport.IpcTransport;
import com.maemuki.bridgelink.ipc.transport.Transports;
import com.maemuki.bridgelink.ipc.transport.UntrustedServerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code --watch} against the real IPC server: events, the service going away and coming back. */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StatusWatchTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T19:05:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private StatusWatch watch;
  private Thread runner;
  private final AtomicInteger exit = new AtomicInteger(-1);

  @AfterEach
  void stop() throws InterruptedException {
    if (watch != null) {
      watch.stop();
      runner.join(5000);
    }
  }

  private void startWatch(Path socket, boolean json) {
    startWatch(StatusEndpoint.of(socket), json);
  }

  private void startWatch(StatusEndpoint endpoint, boolean json) {
    watch =
        new StatusWatch(
            endpoint,
            SessionOptions.of("status-test"),
            json,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CLOCK,
            ZoneOffset.UTC,
            Duration.ofMillis(50),
            Duration.ofMillis(200));
    runner =
        new Thread(
            () -> {
              try {
                exit.set(watch.run());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
  }

  private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }

  private static int count(String haystack, String needle) {
    return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }

  /**
   * The service's real socket, with a switch that makes connecting fail as the Windows transport
   * does when another process serves the pipe (only the Windows transport can meet one).
   */
  private static final class SwitchableTransport implements IpcTransport {
    private final IpcTransport real;
    volatile IOException failure;

    SwitchableTransport(Path socket) {
      this.real = Transports.at(socket);
    }

    @Override
    public IpcListener bind() throws IOException {
      return real.bind();
    }

    @Override
    public IpcConnection connect(Duration timeout) throws IOException {
      IOException now = failure;
      if (now != null) {
        throw now;
      }
      return real.connect(timeout);
    }

    @Override
    public String describe() {
      return real.describe();
    }
  }

  @Test
  void anImpostorAfterTheServiceWentIsNamedThenTheServiceIsFollowedAgain() throws Exception {
    Path socket = dir.resolve("impostor/ipc.sock");
    InProcessService service = InProcessService.start(socket);
    SwitchableTransport transport = new SwitchableTransport(socket);
    String refusal = new UntrustedServerException("\\\\.\\pipe\\x", 4321, -1).getMessage();
    try {
      startWatch(new StatusEndpoint(transport, socket), false);
      await("the first snapshot in full", () -> out.toString().contains("No active findings."));

      service.close();
      await("the retry note", () -> out.toString().contains(StatusWatch.RETRYING));
      transport.failure = new UntrustedServerException("\\\\.\\pipe\\x", 4321, -1);
      await("the refusal", () -> out.toString().contains(refusal + " Retrying…"));
      Thread.sleep(600); // several refused attempts: the refusal is said once
      assertThat(count(out.toString(), refusal)).isEqualTo(1);

      transport.failure = null;
      service = InProcessService.start(socket);
      await("the reconnect", () -> out.toString().contains("reconnected to the Bridge Link"));
      assertThat(out.toString())
          .containsSubsequence(
              StatusWatch.RETRYING, refusal, "reconnected to the Bridge Link service at ");
      assertThat(out.toString())
          .doesNotContain("process 4321 serves it, not the Bridge Link service (");
    } finally {
      service.close();
    }
  }

  @Test
  void anUnchangedSnapshotIsNotPrintedAgain() throws Exception {
    Path socket = dir.resolve("same/ipc.sock");
    InProcessService service = InProcessService.start(socket);
    try {
      startWatch(socket, false);
      await("the first snapshot in full", () -> out.toString().contains("No active findings."));
      service.hub.publish("snapshot", SampleSnapshots.down());
      tools.jackson.databind.node.ObjectNode later =
          (tools.jackson.databind.node.ObjectNode) SampleSnapshots.down().deepCopy();
      later.put("time", "2026-11-24T19:00:07Z");
      service.hub.publish("snapshot", later);
      service.hub.publish("snapshot", SampleSnapshots.degraded());
      await("the degraded line", () -> out.toString().contains("] DEGRADED"));
      assertThat(count(out.toString(), "] DOWN")).as(out.toString()).isEqualTo(1);
    } finally {
      service.close();
    }
  }

  @Test
  void textFollowsEventsAndSurvivesAServiceRestart() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    InProcessService service = InProcessService.start(socket);
    try {
      startWatch(socket, false);
      await("the first snapshot in full", () -> out.toString().contains("No active findings."));
      assertThat(out.toString()).startsWith("OK  Link ok  (as of 2026-11-24 19:00:00)\n");

      service.hub.publish(
          "transition",
          SampleSnapshots.parse(
              "{'kind':'raised','time':'2026-11-24T19:01:02Z','finding':{'code':'peer-offline',"
                  + "'severity':'critical','subject':'bridge-peer','title':'The peer is offline'}}"));
      service.hub.publish("snapshot", SampleSnapshots.down());
      await("the compact snapshot", () -> out.toString().contains("[2026-11-24 19:00:00] DOWN"));
      assertThat(out.toString())
          .contains(
              "[2026-11-24 19:01:02] RAISED  CRITICAL  peer-offline [bridge-peer]: The peer is"
                  + " offline\n")
          .contains("  CRITICAL  peer-offline [bridge-peer]: The shared computer is offline\n");

      service.close();
      await("the retry note", () -> out.toString().contains(StatusWatch.RETRYING));
      // let several reconnect attempts (50..200 ms apart) fail: the note must still be printed once
      Thread.sleep(600);
      service = InProcessService.start(socket);
      await("the reconnect", () -> out.toString().contains("reconnected to the Bridge Link"));
      await(
          "the snapshot after reconnecting",
          () -> count(out.toString(), "No active findings.") == 2);
      assertThat(count(out.toString(), StatusWatch.RETRYING)).isEqualTo(1);
      assertThat(err.toString()).isEmpty();
    } finally {
      service.close();
    }
  }

  @Test
  void jsonWatchIsOneEventPerLineWithNotesOnStderr() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    try (InProcessService service = InProcessService.start(socket)) {
      startWatch(socket, true);
      await("the first snapshot", () -> out.toString().contains("\n"));
      service.hub.publish(
          "transition",
          SampleSnapshots.parse("{'kind':'cleared','finding':{'code':'path-relayed'}}"));
      service.hub.publish(
          "repair", SampleSnapshots.parse("{'repair':'open-inbound-port','status':'started'}"));
      await("three lines", () -> out.toString().lines().count() == 3);
      JsonMapper json = JsonMapper.builder().build();
      List<JsonNode> lines =
          out.toString().lines().map(json::readTree).collect(Collectors.toList());
      assertThat(lines.get(0).path("event").asString()).isEqualTo("snapshot");
      assertThat(lines.get(0).path("data")).isEqualTo(ContractJson.write(service.facade.status()));
      assertThat(lines.get(1).path("event").asString()).isEqualTo("transition");
      assertThat(lines.get(1).path("data").path("finding").path("code").asString())
          .isEqualTo("path-relayed");
      assertThat(((ObjectNode) lines.get(2)).path("data").path("status").asString())
          .isEqualTo("started");
      service.close();
      await("the retry note on stderr", () -> err.toString().contains(StatusWatch.RETRYING));
      assertThat(out.toString().lines().count()).isEqualTo(3);
    }
  }

  @Test
  void withNoServiceItSaysSoAndEndsWithOne() throws Exception {
    Path socket = dir.resolve("none/ipc.sock");
    startWatch(socket, false);
    runner.join(10_000);
    assertThat(exit.get()).isEqualTo(1);
    assertThat(err.toString()).startsWith("The Bridge Link service is not running (no socket at ");
    assertThat(out.toString()).isEmpty();
  }
}
