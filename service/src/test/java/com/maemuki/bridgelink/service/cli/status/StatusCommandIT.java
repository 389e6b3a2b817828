package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.service.ipc.InMemoryServiceFacade;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link status} as separate processes on the packaged distribution, against the real
 * IPC server on a real Unix socket (started in this JVM over a fixed facade).
 */
@DisabledOnOs(OS.WINDOWS)
class StatusCommandIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void textJsonAndWatchAgainstTheIpcServer() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    InMemoryServiceFacade facade = new InMemoryServiceFacade();
    facade.setSnapshot((ObjectNode) SampleSnapshots.degraded());
    try (InProcessService service = InProcessService.start(socket, facade)) {
      CliProcess text = CliProcess.run(Map.of(), "status", "--ipc-socket", socket.toString());
      assertThat(text.exit()).as(text.stderr()).isZero();
      assertThat(text.stdout())
          .startsWith("DEGRADED  Link degraded: bridge-peer relayed via fra")
          .containsPattern("bridge-peer +100\\.64\\.0\\.2 +online +relay \"fra\" +48\\.3 ms")
          .contains("WARNING  path-relayed [bridge-peer]");

      // the socket from the environment, as the tray and service share it
      CliProcess json =
          CliProcess.run(Map.of("BRIDGE_LINK_IPC_SOCKET", socket.toString()), "status", "--json");
      assertThat(json.exit()).as(json.stderr()).isZero();
      assertThat(JSON.readTree(json.stdout())).isEqualTo(ContractJson.write(facade.status()));

      try (CliProcess watch =
          CliProcess.start(
              Map.of(), "status", "--watch", "--json", "--ipc-socket", socket.toString())) {
        watch.awaitLine(
            "the first snapshot",
            l -> l.contains("\"event\":\"snapshot\""),
            Duration.ofSeconds(20));
        service.hub.publish(
            "transition",
            SampleSnapshots.parse("{'kind':'cleared','finding':{'code':'path-relayed'}}"));
        String line =
            watch.awaitLine(
                "the transition", l -> l.contains("\"transition\""), Duration.ofSeconds(20));
        JsonNode event = JSON.readTree(line);
        assertThat(event.path("data").path("kind").asString()).isEqualTo("cleared");
      }
    }
  }

  @Test
  void anAccountThatMayNotReachTheSocketIsToldPermissionDenied() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && new File("/usr/sbin/runuser").canExecute(),
        "needs root and runuser to run the command as nobody; skipped");
    Path open = Files.createTempDirectory("bridge-link-status-it-");
    try {
      Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
      // nobody cannot read root's build tree: give it a world-readable copy of the distribution
      Path lib = Files.createDirectories(open.resolve("lib"));
      try (Stream<Path> jars = Files.list(CliProcess.DIST)) {
        for (Path jar : (Iterable<Path>) jars::iterator) {
          Files.copy(jar, lib.resolve(jar.getFileName()));
        }
      }
      Path socket = open.resolve("svc/ipc.sock"); // svc/ is 0750, as the service makes it
      try (InProcessService service = InProcessService.start(socket)) {
        Process p =
            new ProcessBuilder(
                    "/usr/sbin/runuser",
                    "-u",
                    "nobody",
                    "--",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-cp",
                    lib + "/*",
                    "com.maemuki.bridgelink.service.cli.BridgeLinkCommand",
                    "status",
                    "--ipc-socket",
                    socket.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output)
            .startsWith(
                "Permission denied on "
                    + socket
                    + ": this account may not talk to the Bridge Link service.")
            .doesNotContain("Exception");
      }
    } finally {
      try (Stream<Path> all = Files.walk(open)) {
        all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void noServiceIsOneClearLineAndExitOne() throws Exception {
    Path socket = dir.resolve("none/ipc.sock");
    CliProcess r = CliProcess.run(Map.of(), "status", "--ipc-socket", socket.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "The Bridge Link service is not running (no socket at "
                + socket
                + "). Start it with `bridge-link run` or the Windows service MaemukiBridgeLink.\n");
    CliProcess watch =
        CliProcess.run(Map.of(), "status", "--watch", "--ipc-socket", socket.toString());
    assertThat(watch.exit()).isEqualTo(1);
    assertThat(watch.stderr()).startsWith("The Bridge Link service is not running (no socket at ");
  }
}
