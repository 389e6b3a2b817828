package com.maemuki.bridgelink.tailscale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.process.CommandResult;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tailscale netcheck} through the CLI runner, against a fake {@code tailscale} (a real shell
 * script run as a real process) that prints what the real CLI prints, records its arguments and
 * hangs when asked to.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class TailscaleCliTest {

  private static final String FAKE_TAILSCALE =
      """
      #!/bin/sh
      for arg in "$@"; do printf '%s\\n' "$arg"; done > "$(dirname "$0")/args"
      [ "${1#--socket=}" != "$1" ] && shift
      case "$1" in
        netcheck)
          [ -e "$(dirname "$0")/hang" ] && { sleep 30 & echo $! > "$(dirname "$0")/sleeper"; wait; }
          echo "# Warning: this JSON format is not yet considered a stable interface" >&2
          printf '{\\n\\t"UDP": true,\\n\\t"PreferredDERP": 4,\\n\\t"RegionLatency": {"4": 11000000},\\n\\t"Note": "büro 東京"\\n}\\n' ;;
      esac
      """;

  @TempDir Path dir;
  private Path fake;
  private TailscaleCli cli;

  @BeforeEach
  void installFake() throws Exception {
    fake = dir.resolve("tailscale");
    Files.writeString(fake, FAKE_TAILSCALE, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    cli =
        new TailscaleCli(
            fake,
            new ProcessCommandRunner(),
            Optional.empty(),
            new TailscaleCli.Deadlines(Duration.ofMillis(1500)));
  }

  private List<String> argsSeen() throws Exception {
    return Files.readAllLines(dir.resolve("args"));
  }

  @Test
  void aSocketIsPassedAsTheGlobalFlagFirst() throws Exception {
    TailscaleCli withSocket =
        new TailscaleCli(
            fake,
            new ProcessCommandRunner(),
            Optional.of("/run/sim/tailscaled.sock"),
            TailscaleCli.Deadlines.DEFAULT);

    assertThat(withSocket.netcheckJson().exitCode()).isZero();
    assertThat(argsSeen())
        .containsExactly("--socket=/run/sim/tailscaled.sock", "netcheck", "--format=json");
  }

  @Test
  void netcheckJsonIsReturnedRawAsUtf8() throws Exception {
    CommandResult json = cli.netcheckJson();

    assertThat(json.exitCode()).isZero();
    assertThat(json.stdout()).startsWith("{\n\t\"UDP\": true,").contains("büro 東京");
    assertThat(json.stderr()).startsWith("# Warning: this JSON format");
    assertThat(argsSeen()).containsExactly("netcheck", "--format=json");
  }

  @Test
  void aHungCliIsKilledAtTheDeadlineWithItsChildren() throws Exception {
    Files.createFile(dir.resolve("hang"));

    CommandResult result = cli.netcheckJson();

    assertThat(result.timedOut()).isTrue();
    assertThat(result.duration()).isLessThan(Duration.ofMillis(1500 + 2000));
    long sleeper = Long.parseLong(Files.readString(dir.resolve("sleeper")).strip());
    long end = System.nanoTime() + 5_000_000_000L;
    while (ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false)) {
      assertThat(System.nanoTime()).as("the CLI's child %d survived", sleeper).isLessThan(end);
      Thread.sleep(20);
    }
  }

  @Test
  void relativeCliPathsAreRefused() {
    assertThatThrownBy(() -> new TailscaleCli(Path.of("tailscale"), new ProcessCommandRunner()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute path");
  }

  @Test
  void knownLocationsPerOs() {
    assertThat(
            TailscaleCliLocator.candidates(
                "Windows 11", java.util.Map.of("ProgramFiles", "D:\\Apps")))
        .first()
        .isEqualTo(Path.of("D:\\Apps", "Tailscale", "tailscale.exe"));
    assertThat(
            TailscaleCliLocator.find(
                "Linux", java.util.Map.of(), p -> p.toString().equals("/usr/sbin/tailscale")))
        .contains(Path.of("/usr/sbin/tailscale"));
    assertThat(TailscaleCliLocator.find("Linux", java.util.Map.of(), p -> false)).isEmpty();
  }
}
