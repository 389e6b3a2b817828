package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bridge-link repair open-inbound-port --port 3389} at a prompt, with the monitor running:
 * the repair goes to the service over IPC, runs there (on Linux the firewall repair is "not
 * applicable", which is still an answer from the service), and the service audits it with the
 * caller the OS named. Restart-tailscale is not run here: on a machine with systemd and tailscaled
 * it would restart the real one.
 */
@DisabledOnOs(OS.WINDOWS)
class ServiceRepairFromPromptTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path service;
  @TempDir Path prompt;

  @Test
  void aServiceRepairRunsInTheServiceAndIsAuditedWithTheCaller() throws Exception {
    Path config = service.resolve("config.json");
    Files.writeString(config, "{\"peers\": [{\"name\": \"bridge-peer\", \"localPorts\": [3389]}]}");
    try (RunningMonitor run =
        RunningMonitor.start(
            service,
            "64m",
            "--config",
            config.toString(),
            "--socket",
            service.resolve("no-tailscaled.sock").toString())) {
      Path ipc = run.ipc();
      BridgeLinkCli.Result r =
          BridgeLinkCli.run(
              prompt,
              List.of("-Xmx64m"),
              null,
              "repair",
              "open-inbound-port",
              "--port",
              "3389",
              "--ipc-socket",
              ipc.toString(),
              "--json");
      JsonNode answer = JSON.readTree(r.out());
      assertThat(answer.get("id").stringValue()).isEqualTo("open-inbound-port");
      assertThat(answer.get("message").stringValue()).isNotBlank();
      assertThat(r.exit()).isEqualTo(answer.get("ok").booleanValue() ? 0 : 1);

      List<String> audit = Files.readAllLines(service.resolve("audit.jsonl"));
      assertThat(audit).hasSize(1);
      JsonNode line = JSON.readTree(audit.get(0));
      assertThat(line.toString()).contains("open-inbound-port").contains("3389");
      assertThat(line.toString()).contains(System.getProperty("user.name"));
      assertThat(Files.exists(prompt.resolve("audit.jsonl")))
          .as("nothing ran at the prompt")
          .isFalse();
    }
  }
}
