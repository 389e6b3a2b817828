package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.service.ipc.InMemoryServiceFacade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bridge-link run} and {@code status --watch} on a real pseudo-terminal ({@code script}
 * gives the child one): each view is redrawn in place (cursor home, clear) in a frame of at most
 * 80×24, never scrolled, and shows the time in the process's local zone ({@code TZ}).
 */
class TerminalViewTest {
  private static final String HOME_AND_CLEAR = "\033[H\033[2J";

  @TempDir Path dir;

  /** {@code bridge-link ARGS} in a pseudo-terminal, its terminal output going to {@code log}. */
  private Process onTerminal(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.addAll(List.of(args));
    String line = command.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "));
    ProcessBuilder pb = new ProcessBuilder("script", "-qfec", line, "/dev/null");
    pb.environment().put("TZ", "Asia/Tokyo");
    pb.environment().put("SHELL", "/bin/sh");
    pb.environment().put("BRIDGE_LINK_DATA_DIR", dir.resolve("data").toString());
    pb.environment().remove("BRIDGE_LINK_IPC_SOCKET");
    pb.redirectOutput(log.toFile());
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE); // never closed: the view runs until stopped
    return pb.start();
  }

  private static String awaitOutput(Path log, Predicate<String> done, Process p)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      if (done.test(text)) {
        return text;
      }
      if (!p.isAlive()) {
        throw new AssertionError("ended (" + p.exitValue() + "):\n" + text);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not within 30 s:\n" + Files.readString(log));
  }

  private static void stop(Process p) throws InterruptedException {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  /** The frames drawn: what follows each home+clear, as the terminal's lines. */
  private static List<List<String>> frames(String terminal) {
    String[] parts = terminal.split(java.util.regex.Pattern.quote(HOME_AND_CLEAR), -1);
    return Arrays.stream(parts)
        .skip(1)
        .map(f -> Arrays.asList(f.replace("\r", "").split("\n", -1)))
        .toList();
  }

  private static void assertFits(List<List<String>> frames) {
    assertThat(frames).isNotEmpty();
    for (List<String> frame : frames) {
      assertThat(frame).as(String.join("\n", frame)).hasSizeLessThanOrEqualTo(24);
      assertThat(frame)
          .allSatisfy(
              l -> assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void statusWatchRedrawsInPlaceOnlyOnChangeAndFits80By24() throws Exception {
    Path socket = dir.resolve("ipc/ipc.sock");
    InMemoryServiceFacade facade = new InMemoryServiceFacade();
    ObjectNode crowded = (ObjectNode) SampleSnapshots.parse(SnapshotTextTest.crowded());
    facade.setSnapshot(crowded);
    Path log = dir.resolve("watch.log");
    try (InProcessService service = InProcessService.start(socket, facade)) {
      Process p = onTerminal(log, "status", "--watch", "--ipc-socket", socket.toString());
      try {
        awaitOutput(log, t -> t.contains("Findings (4):"), p);
        ObjectNode sameButLater = crowded.deepCopy();
        sameButLater.put("time", "2026-11-24T19:00:09Z");
        service.hub.publish("snapshot", sameButLater); // nothing a reader sees changed
        ObjectNode changed = crowded.deepCopy();
        changed.put("overall", "down");
        changed.put("time", "2026-11-24T19:00:10Z");
        service.hub.publish("snapshot", changed);
        String terminal = awaitOutput(log, t -> t.contains("DOWN "), p);
        List<List<String>> frames = frames(terminal);
        assertThat(frames).as(terminal).hasSize(2);
        assertFits(frames);
        assertThat(frames.get(0).get(0)).startsWith("DEGRADED  Link degraded: five peers");
        assertThat(frames.get(1).get(0)).startsWith("DOWN  ");
        assertThat(String.join("\n", frames.get(0)))
            .contains("a-very-long-pee…")
            .contains("key expires 2027-05-01 09:00:00");
      } finally {
        stop(p);
      }
    }
  }

  @Test
  void runRedrawsInPlaceInAFrameOf80By24InLocalTime() throws Exception {
    List<String> args = new ArrayList<>(List.of("run", "--no-ipc", "--socket"));
    args.add(dir.resolve("no-tailscaled.sock").toString());
    for (int i = 1; i <= 5; i++) {
      args.add("--peer");
      args.add("a-shared-computer-with-a-very-long-name-number-" + i);
    }
    Path log = dir.resolve("run.log");
    Process p = onTerminal(log, args.toArray(String[]::new));
    try {
      String terminal =
          awaitOutput(log, t -> t.contains("(Ctrl-C to stop)") && t.contains("Findings"), p);
      assertFits(frames(terminal));
      List<String> first = frames(terminal).get(0);
      // The wall clock in Tokyo (TZ of the process), not UTC, to the second.
      java.time.format.DateTimeFormatter hour =
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH");
      String tokyoHour =
          java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).format(hour);
      String earlier =
          java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
              .minusMinutes(5)
              .format(hour);
      assertThat(first.get(0))
          .matches(".*\\(as of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\)$")
          .containsAnyOf("(as of " + tokyoHour + ":", "(as of " + earlier + ":");
      assertThat(String.join("\n", first)).contains("a-shared-comput…");
      assertThat(first.get(first.size() - 1)).isEqualTo("(Ctrl-C to stop)");
    } finally {
      stop(p);
    }
  }
}
