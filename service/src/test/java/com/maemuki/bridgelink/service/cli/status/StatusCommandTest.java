package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.service.cli.BridgeLinkCommand;
import com.maemuki.bridgelink.service.ipc.InMemoryServiceFacade;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code bridge-link status} in-process against the real IPC server on a real Unix socket. */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StatusCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run status(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BridgeLinkCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "status";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = cli.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsTheSnapshotAsText() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    try (InProcessService service = InProcessService.start(socket)) {
      service.facade.setSnapshot(
          (tools.jackson.databind.node.ObjectNode) SampleSnapshots.degraded());
      Run r = status("--ipc-socket", socket.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out())
          .startsWith("DEGRADED  Link degraded: bridge-peer relayed via fra")
          .containsPattern("bridge-peer +100\\.64\\.0\\.2 +online +relay \"fra\"")
          .contains("WARNING  path-relayed [bridge-peer]")
          .contains("Fix: repair \"open-inbound-port\"");
    }
  }

  @Test
  void jsonIsTheSnapshotAsReceived() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    try (InProcessService service = InProcessService.start(socket)) {
      service.facade.setSnapshot(InMemoryServiceFacade.snapshot("ok", "Link ok"));
      Run r = status("--ipc-socket", socket.toString(), "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(JsonMapper.builder().build().readTree(r.out()))
          .isEqualTo(ContractJson.write(service.facade.status()));
      assertThat(r.out()).contains("\n  \"overall\" : \"ok\"");
    }
  }

  @Test
  void findingsDoNotChangeTheExitStatus() throws Exception {
    Path socket = dir.resolve("svc/ipc.sock");
    try (InProcessService service = InProcessService.start(socket)) {
      service.facade.setSnapshot((tools.jackson.databind.node.ObjectNode) SampleSnapshots.down());
      Run r = status("--ipc-socket", socket.toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("DOWN");
    }
  }

  @Test
  void noServiceIsOneLineAndExitOne() {
    Path socket = dir.resolve("nothing/ipc.sock");
    Run r = status("--ipc-socket", socket.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "The Bridge Link service is not running (no socket at "
                + socket
                + "). Start it with `bridge-link run` or the Windows service MaemukiBridgeLink.\n");
  }

  @Test
  void aStaleSocketSaysNothingAnswers() throws Exception {
    Path socket = dir.resolve("ipc.sock");
    ServerSocketChannel.open(StandardProtocolFamily.UNIX)
        .bind(UnixDomainSocketAddress.of(socket))
        .close();
    Run r = status("--ipc-socket", socket.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("The Bridge Link service is not running (nothing answers at " + socket + ")")
        .doesNotContain("Exception");
  }

  @Test
  void somethingElseOnTheSocketIsCalledOut() throws Exception {
    Path socket = dir.resolve("ipc.sock");
    try (ServerSocketChannel server =
        ServerSocketChannel.open(StandardProtocolFamily.UNIX)
            .bind(UnixDomainSocketAddress.of(socket))) {
      Thread impostor =
          new Thread(
              () -> {
                try (SocketChannel c = server.accept()) {
                  c.write(ByteBuffer.wrap("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes()));
                } catch (Exception e) {
                  // the test asserts what the client says
                }
              });
      impostor.start();
      Run r = status("--ipc-socket", socket.toString());
      impostor.join();
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err())
          .startsWith("Something at " + socket + " does not answer like the Bridge Link service")
          .doesNotContain("Exception");
    }
  }

  @Test
  void helpSaysFindingsDoNotSetTheExitStatus() {
    Run r = status("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--watch").contains("--ipc-socket=PATH").contains("doctor");
  }
}
