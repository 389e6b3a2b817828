package com.maemuki.bridgelink.service.cli.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bridge-link ARGS} as an admin runs it: a child JVM on this test's classpath, with its own
 * data directory, stdin from a file or nothing, and stdout/stderr captured to files (so a large
 * output never blocks the child).
 */
final class BridgeLinkCli {

  record Result(int exit, String out, String err) {}

  private BridgeLinkCli() {}

  static Result run(Path dataDir, List<String> jvm, Path stdin, String... args)
      throws IOException, InterruptedException {
    Process p = start(dataDir, jvm, stdin, args);
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bridge-link " + String.join(" ", args) + " did not end");
    }
    return new Result(p.exitValue(), read(dataDir, "out.txt"), read(dataDir, "err.txt"));
  }

  static Result run(Path dataDir, String... args) throws IOException, InterruptedException {
    return run(dataDir, List.of("-Xmx64m"), null, args);
  }

  static Process start(Path dataDir, List<String> jvm, Path stdin, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.maemuki.bridgelink.service.cli.BridgeLinkCommand");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("BRIDGE_LINK_DATA_DIR", dataDir.toString());
    pb.environment().remove("BRIDGE_LINK_IPC_SOCKET");
    pb.redirectOutput(dataDir.resolve("out.txt").toFile());
    pb.redirectError(dataDir.resolve("err.txt").toFile());
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    } else {
      pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    }
    return pb.start();
  }

  static String read(Path dataDir, String name) throws IOException {
    Path file = dataDir.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
