package com.maemuki.bridgelink.tailscale.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: trees killed at the deadline, UTF-8 output, big output, no shell, no PATH. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessCommandRunnerTest {

  private static final Path SH = Path.of("/bin/sh");
  private final ProcessCommandRunner runner = new ProcessCommandRunner();

  @TempDir Path dir;

  @Test
  void capturesExitCodeAndBothStreams() throws Exception {
    CommandResult result =
        runner.run(
            ExternalCommand.of(SH, Duration.ofSeconds(10), "-c", "echo out; echo err >&2; exit 3"));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.timedOut()).isFalse();
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void argumentsArePassedAsTheyAreWithoutAShell() throws Exception {
    CommandResult result =
        runner.run(
            ExternalCommand.of(
                Path.of("/bin/echo"), Duration.ofSeconds(10), "$HOME", "a b", "; rm -rf /", "*"));

    assertThat(result.stdout()).isEqualTo("$HOME a b ; rm -rf / *\n");
  }

  @Test
  void theWholeTreeIsKilledAtTheDeadline() throws Exception {
    Path pids = dir.resolve("pids");
    String script =
        "sleep 30 & echo $! > "
            + pids
            + "; (sleep 31 & echo $! >> "
            + pids
            + "; wait) & echo started; wait";

    CommandResult result = runner.run(ExternalCommand.of(SH, Duration.ofMillis(800), "-c", script));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(-1);
    assertThat(result.stdout()).isEqualTo("started\n");
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(10));
    List<String> sleepers = Files.readAllLines(pids);
    assertThat(sleepers).hasSize(2);
    for (String pid : sleepers) {
      awaitDeath(Long.parseLong(pid.strip()));
    }
  }

  /** SIGKILL is asynchronous: the process is gone a moment after the runner returns. */
  private static void awaitDeath(long pid) throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      assertThat(System.nanoTime()).as("process %d still alive", pid).isLessThan(end);
      Thread.sleep(20);
    }
  }

  @Test
  void outputIsReadAsUtf8() throws Exception {
    Path file = dir.resolve("utf8.txt");
    Files.writeString(file, "büro-pc 東京 ✓\n", java.nio.charset.StandardCharsets.UTF_8);

    CommandResult result =
        runner.run(
            ExternalCommand.of(Path.of("/bin/cat"), Duration.ofSeconds(10), file.toString())
                .withEnvironment(Map.of("LC_ALL", "C")));

    assertThat(result.stdout()).isEqualTo("büro-pc 東京 ✓\n");
  }

  @Test
  void bigOutputIsDrainedAndCappedWithoutBlockingTheChild() throws Exception {
    // 8 MiB on stdout and stderr at once: more than any pipe buffer, so both must be drained.
    String script =
        "head -c 8388608 /dev/zero | tr '\\0' a; head -c 8388608 /dev/zero | tr '\\0' b >&2";

    CommandResult result =
        runner.run(
            ExternalCommand.of(SH, Duration.ofSeconds(30), "-c", script)
                .withMaxOutputBytes(1024 * 1024));

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).hasSize(1024 * 1024).matches("a+");
    assertThat(result.stderr()).hasSize(1024 * 1024).matches("b+");
    assertThat(result.stdoutTruncated()).isTrue();
    assertThat(result.stderrTruncated()).isTrue();
  }

  @Test
  void standardInputIsFed() throws Exception {
    CommandResult result =
        runner.run(
            ExternalCommand.of(Path.of("/bin/cat"), Duration.ofSeconds(10))
                .withStdin("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(result.stdout()).isEqualTo("{\"a\":1}");
  }

  @Test
  void relativeProgramsAreRefused() {
    assertThatThrownBy(() -> ExternalCommand.of(Path.of("tailscale"), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute path");
  }

  @Test
  void aMissingProgramIsAStartFailure() {
    assertThatThrownBy(
            () -> runner.run(ExternalCommand.of(dir.resolve("nope"), Duration.ofSeconds(1))))
        .isInstanceOf(CommandStartException.class)
        .hasMessageContaining("cannot run " + dir.resolve("nope"));
  }
}
