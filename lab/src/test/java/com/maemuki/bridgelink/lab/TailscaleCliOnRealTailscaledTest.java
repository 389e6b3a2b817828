package com.maemuki.bridgelink.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.cli.TailscaleCli;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import com.maemuki.bridgelink.tailscale.parse.NetcheckJsonParser;
import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one thing the product still runs the {@code tailscale} CLI for — {@code netcheck}, for the
 * diagnostics bundle's {@code tailscale/netcheck.json} — against the real v1.102.5 CLI on the
 * bridge node (its network namespace: netcheck sends STUN from the CLI's own process), parsed as
 * {@code analyze} parses the bundle.
 */
@Tag("real-tailnet")
class TailscaleCliOnRealTailscaledTest {

  @BeforeAll
  static void lab() {
    RealTailnet.require();
  }

  @Test
  void netcheckThroughTheCliReportsUdpAndTheLabDerp(@TempDir Path dir) throws Exception {
    // The product runs the CLI by absolute path with argv (no shell): here that path is a launcher
    // that runs the lab's tailscale binary on the bridge node, against its socket.
    Path launcher = dir.resolve("tailscale");
    Files.writeString(
        launcher, "#!/bin/sh\nexec bash '" + RealTailnet.SCRIPT + "' ts bridge \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    TailscaleCli cli =
        new TailscaleCli(
            launcher, new ProcessCommandRunner(), Optional.empty(), TailscaleCli.Deadlines.DEFAULT);

    CommandResult result = cli.netcheckJson();

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stderr()).startsWith("# Warning: this JSON format");
    NetcheckReport report = NetcheckJsonParser.parse(result.stdout());
    assertThat(report.udp()).isTrue();
    assertThat(report.preferredDerpId()).isEqualTo(999);
    assertThat(report.preferredDerpLatencyMs()).isPositive();
    assertThat(report.globalV4()).startsWith("10.77.1.2:");
  }
}
