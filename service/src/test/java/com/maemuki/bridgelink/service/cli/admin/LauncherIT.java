package com.maemuki.bridgelink.service.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.testkit.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An integration test (after {@code package}): the distribution's launcher ({@code
 * target/dist/bin/bridge-link}, what {@code scripts/bridge-link} runs; needs {@code mvn package})
 * with the inputs support staff give {@code analyze}: a capture at its 16 MiB limit, a capture
 * piped in, and files of which none can be read.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("target", "dist", "bin", "bridge-link");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void analyzeReadsAStatusOfAlmostSixteenMebibytes() throws Exception {
    Path big = bigStatus(dir.resolve("status.json"), 16 * 1024 * 1024 - 64 * 1024);
    Result r = launch(null, "analyze", "--json", big.toString());
    assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("nothingRead").booleanValue()).isFalse();
    assertThat(report.get("peers").size()).isGreaterThan(10_000);
    assertThat(r.exit()).isIn(0, 1, 2);
  }

  @Test
  void analyzeReadsStandardInputAsDash() throws Exception {
    // Bytes, not a path: the fixtures may be inside the test kit's jar.
    Path status = Files.write(dir.resolve("piped.json"), Fixtures.bytes(Fixtures.STATUS_8_PEERS));
    Result r = launch(status, "analyze", "--json", "-");
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("inputs").get(0).get("kind").stringValue()).isEqualTo("status-json");
    assertThat(report.get("peers").size()).isEqualTo(8);
  }

  @Test
  void analyzeSaysNothingCouldBeReadWhenEveryInputFailed() throws Exception {
    Result r = launch(null, "analyze", dir.resolve("missing.json").toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).contains("Nothing could be read").doesNotContain("Findings: none");
  }

  private static Path bigStatus(Path file, int size) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.bytes(Fixtures.STATUS_8_PEERS));
    ObjectNode peers = (ObjectNode) root.get("Peer");
    JsonNode template = peers.values().iterator().next();
    ObjectNode grown = JSON.createObjectNode();
    int templateBytes = JSON.writeValueAsBytes(template).length + 80;
    for (int i = 0; i < size / templateBytes; i++) {
      ObjectNode p = (ObjectNode) template.deepCopy();
      p.put("HostName", "host" + i);
      p.put("DNSName", "host" + i + ".tail1234.ts.net.");
      p.put("ID", "n" + i);
      grown.set(String.format("nodekey:%064x", i), p);
    }
    root.set("Peer", grown);
    byte[] bytes = JSON.writeValueAsBytes(root);
    assertThat(bytes.length).isBetween(15 * 1024 * 1024, 16 * 1024 * 1024);
    Files.write(file, bytes);
    return file;
  }

  record Result(int exit, String out, String err) {}

  private Result launch(Path stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("BRIDGE_LINK_DATA_DIR", dir.toString());
    pb.environment().put("BRIDGE_LINK_CDS", "off");
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    pb.redirectInput(stdin != null ? stdin.toFile() : Path.of("/dev/null").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("bridge-link ended").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
