package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.Transports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bridge-link diag} with the monitor running puts the service's own snapshot and findings in
 * the bundle; without it, the manifest says in words that the service was not reachable.
 */
@DisabledOnOs(OS.WINDOWS)
class DiagAsksTheServiceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path service;
  @TempDir Path prompt;

  @Test
  void theBundleHoldsTheRunningServicesSnapshotAndFindings() throws Exception {
    try (RunningMonitor run =
        RunningMonitor.start(
            service, "64m", "--socket", service.resolve("no-tailscaled.sock").toString())) {
      Path ipc = run.ipc();
      Map<String, byte[]> bundle;
      // A tray of this (root) user connected: the service derives its log folder from passwd.
      try (IpcSession tray =
          IpcSession.open(Transports.at(ipc), SessionOptions.of("tray/test"), null)) {
        bundle = diag(ipc);
      }
      JsonNode snapshot = JSON.readTree(bundle.get("snapshot.json"));
      assertThat(snapshot.get("overall").stringValue()).isNotBlank();
      JsonNode findings = JSON.readTree(bundle.get("findings.json"));
      assertThat(findings.isArray()).isTrue();
      assertThat(findings.toString()).contains("daemon-stopped");
      JsonNode manifest = JSON.readTree(bundle.get("manifest.json"));
      assertThat(manifest.get("missing").has("snapshot.json")).isFalse();
      String home = System.getProperty("user.home");
      String user = System.getProperty("user.name");
      boolean taken = bundle.keySet().stream().anyMatch(k -> k.startsWith("tray/" + user + "/"));
      if (!taken) {
        assertThat(manifest.get("missing").path("tray/" + user).stringValue())
            .isEqualTo("no tray log in " + home + "/.local/state/bridge-link/logs");
      }
      assertThat(manifest.get("missing").has("tray/")).isFalse();
    }
  }

  @Test
  void theManifestSaysWhenTheServiceWasNotReachable() throws Exception {
    Map<String, byte[]> bundle = diag(service.resolve("nobody-here.sock"));
    JsonNode missing = JSON.readTree(bundle.get("manifest.json")).get("missing");
    assertThat(missing.get("snapshot.json").stringValue())
        .startsWith("the Bridge Link service was not reachable: ");
    assertThat(missing.get("findings.json").stringValue())
        .startsWith("the Bridge Link service was not reachable: ");
    assertThat(missing.get("tray/").stringValue())
        .isEqualTo("not known: the Bridge Link service was not reached");
    assertThat(BridgeLinkCli.read(prompt, "err.txt")).contains("not reachable");
  }

  private Map<String, byte[]> diag(Path ipc) throws Exception {
    BridgeLinkCli.Result r =
        BridgeLinkCli.run(
            prompt,
            List.of("-Xmx64m"),
            null,
            "diag",
            "--no-netcheck",
            "--data-dir",
            prompt.toString(),
            "--socket",
            prompt.resolve("no-tailscaled.sock").toString(),
            "--ipc-socket",
            ipc.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path zip = Path.of(r.out().strip());
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
