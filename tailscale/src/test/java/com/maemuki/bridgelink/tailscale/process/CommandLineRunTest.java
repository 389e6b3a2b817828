package com.maemuki.bridgelink.tailscale.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
/**
 * The argument-list form of {@link CommandRunner} that the OS adapters (systemctl, PowerShell) use.
 */
class CommandLineRunTest {

  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  @Test
  void argumentsArriveOneByOneUninterpreted() throws Exception {
    CommandResult r =
        runner.run(
            List.of("/bin/sh", "-c", "printf '%s|' \"$@\"", "sh", "3389; rm -rf /", "$(id)", "ü"),
            Duration.ofSeconds(10));
    assertThat(r.succeeded()).isTrue();
    assertThat(r.stdout()).isEqualTo("3389; rm -rf /|$(id)|ü|");
  }

  @Test
  void relativeProgramsAreRefused() {
    assertThatThrownBy(() -> runner.run(List.of("sh", "-c", "true"), Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("absolute path");
  }

  @Test
  void theWholeTreeIsKilledAtTheDeadline(@TempDir Path dir) throws Exception {
    Path pidFile = dir.resolve("child.pid");
    CommandResult r =
        runner.run(
            List.of("/bin/sh", "-c", "sleep 600 & echo $! > " + pidFile + "; wait"),
            Duration.ofMillis(500));
    assertThat(r.timedOut()).isTrue();
    assertThat(r.exitCode()).isEqualTo(-1);
    long child = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle.of(child)
        .ifPresent(h -> h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join());
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void exitCodeAndStderr() throws Exception {
    CommandResult r =
        runner.run(List.of("/bin/sh", "-c", "echo boom >&2; exit 3"), Duration.ofSeconds(10));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.firstErrorLine()).isEqualTo("boom");
  }
}
