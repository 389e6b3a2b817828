package com.maemuki.bridgelink.lab;

import com.maemuki.bridgelink.testkit.lab.MonitorLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bridge-link run} as a real process inside the lab's bridge namespace (TUN mode: its TCP
 * probes and DNS go through the bridge's Tailscale interface), watching the bridge's real
 * tailscaled, with the peers p1 and p2 (application port 8080 each) and the inbound port 9090
 * configured as an operator would. Read back as a person would: the lines {@code run} prints and
 * {@code bridge-link status --json} against its IPC socket.
 */
final class BridgeLinkInLab implements AutoCloseable {

  static final Path DIST = RealTailnet.REPO.resolve("service/target/dist/lib");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path dir;
  private final Path ipcSocket;
  private final MonitorLauncher monitor;

  private BridgeLinkInLab(Path dir, Path ipcSocket, MonitorLauncher monitor) {
    this.dir = dir;
    this.ipcSocket = ipcSocket;
    this.monitor = monitor;
  }

  static BridgeLinkInLab start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("bridge-link-lab");
    Path config = dir.resolve("config.json");
    Files.writeString(
        config,
        """
        {"peers": [
          {"name": "p1", "ports": [%d], "localPorts": [%d]},
          {"name": "p2", "ports": [%d]}
        ]}
        """
            .formatted(RealTailnet.APP_PORT, RealTailnet.LOCAL_PORT, RealTailnet.APP_PORT));
    Path ipc = dir.resolve("ipc.sock");
    MonitorLauncher monitor =
        MonitorLauncher.wrapped(
            RealTailnet.inBridge(),
            DIST.resolve("*").toString(),
            List.of("-Xmx96m", "-XX:+UseSerialGC", "-Dnetworkaddress.cache.ttl=0"),
            dir,
            List.of(
                "run",
                "--plain",
                "--config",
                config.toString(),
                "--socket",
                RealTailnet.bridgeSocket().toString(),
                "--ipc-socket",
                ipc.toString()));
    BridgeLinkInLab lab = new BridgeLinkInLab(dir, ipc, monitor);
    if (monitor.await(0, "state ", 30_000) == null) {
      lab.close();
      throw new IllegalStateException("bridge-link run printed no state in 30 s: " + lab.stderr());
    }
    return lab;
  }

  MonitorLauncher monitor() {
    return monitor;
  }

  /** The line {@code raised CODE SUBJECT} (subject "-" for none) at or after {@code from}. */
  MonitorLauncher.Line awaitRaised(int from, String code, String subject, long ms)
      throws InterruptedException {
    return monitor.await(
        from, " raised " + code + " " + (subject == null ? "-" : subject) + " ", ms);
  }

  MonitorLauncher.Line awaitCleared(int from, String code, String subject, long ms)
      throws InterruptedException {
    return monitor.await(
        from, " cleared " + code + " " + (subject == null ? "-" : subject) + " ", ms);
  }

  /** Every {@code raised …} line from {@code from} on, as "code subject". */
  List<String> raisedSince(int from) {
    List<String> raised = new ArrayList<>();
    List<String> texts = monitor.texts();
    for (int i = from; i < texts.size(); i++) {
      String[] words = texts.get(i).split(" ");
      if (words.length > 3 && words[1].equals("raised")) {
        raised.add(words[2] + " " + words[3]);
      }
    }
    return raised;
  }

  /** {@code bridge-link status --json}: the running service's snapshot, as the CLI prints it. */
  JsonNode status() {
    String out =
        RealTailnet.run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                DIST.resolve("*").toString(),
                "com.maemuki.bridgelink.service.cli.BridgeLinkCommand",
                "status",
                "--json",
                "--ipc-socket",
                ipcSocket.toString()),
            60);
    return JSON.readTree(out);
  }

  /**
   * {@code bridge-link doctor --json} inside the bridge namespace, one cycle, no service needed.
   */
  JsonNode doctor() {
    List<String> command = new ArrayList<>(RealTailnet.inBridge());
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-cp",
            DIST.resolve("*").toString(),
            "com.maemuki.bridgelink.service.cli.BridgeLinkCommand",
            "doctor",
            "--json",
            "--config",
            dir.resolve("config.json").toString(),
            "--socket",
            RealTailnet.bridgeSocket().toString()));
    return JSON.readTree(RealTailnet.run(command, 60, true));
  }

  String stderr() {
    try {
      return Files.readString(dir.resolve("stderr.txt"));
    } catch (IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    monitor.close();
  }
}
