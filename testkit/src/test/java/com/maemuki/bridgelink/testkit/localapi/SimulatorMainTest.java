package com.maemuki.bridgelink.testkit.localapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as a separate process driven by a scenario file, as scripts/demo runs it. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SimulatorMainTest {

  @TempDir Path dir;

  @Test
  void playsTheScenarioAndStopsCleanlyOnSigterm() throws Exception {
    Path socket = dir.resolve("tailscaled.sock");
    Path scenario = dir.resolve("scenario.json");
    Files.writeString(
        scenario,
        """
        {"description": "fileserver drops",
         "tailnet": {"base": "office"},
         "steps": [{"at": "300ms", "say": "fileserver goes offline",
                    "set": {"peers": {"fileserver": {"path": "offline"}}}}]}
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    SimulatorMain.class.getName(),
                    "--socket",
                    socket.toString(),
                    "--scenario",
                    scenario.toString()))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine())
          .isEqualTo("LocalAPI simulator (a simulation, not tailscaled) listening on " + socket);
      assertThat(out.readLine()).isEqualTo("scenario: fileserver drops");
      assertThat(out.readLine()).isEqualTo("[simulator +300ms] fileserver goes offline");

      String status =
          RawLocalApi.exchange(
              socket,
              RawLocalApi.request("GET", "/localapi/v0/status", "Host: local-tailscaled.sock"));
      assertThat(status).containsPattern("\"HostName\": \"fileserver\",[^}]*\"Online\": false");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(socket).doesNotExist();
  }
}
