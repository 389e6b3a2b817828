package com.maemuki.bridgelink.service.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.message.IpcError;
import com.maemuki.bridgelink.ipc.transport.UntrustedServerException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProblemTest {
  @TempDir Path dir;

  private static IpcException unavailable(String cause) {
    return new IpcException(
        IpcException.SERVICE_UNAVAILABLE, "not running", new BindException(cause));
  }

  @Test
  void noSocketNamesThePathAndHowToStartTheService() {
    Path socket = dir.resolve("ipc.sock");
    assertThat(
            ServiceProblem.describe(
                unavailable("No such file or directory"), socket.toString(), socket))
        .isEqualTo(
            "The Bridge Link service is not running (no socket at "
                + socket
                + "). Start it with `bridge-link run` or the Windows service MaemukiBridgeLink.");
  }

  @Test
  void aFileThatIsNotASocketIsCalledOut() throws Exception {
    Path file = Files.writeString(dir.resolve("ipc.sock"), "x");
    assertThat(ServiceProblem.describe(unavailable("Connection refused"), file.toString(), file))
        .isEqualTo(
            file
                + " is not a socket. Point --ipc-socket or BRIDGE_LINK_IPC_SOCKET at the"
                + " service's socket.");
  }

  @Test
  void windowsPipeWithoutSocketPath() {
    assertThat(
            ServiceProblem.describe(
                unavailable("All pipe instances are busy"), "\\\\.\\pipe\\x", null))
        .startsWith("The Bridge Link service is not running (nothing answers at \\\\.\\pipe\\x).");
  }

  @Test
  void anotherProcessOnTheServicesPipeIsNamedNotCalledNotRunning() {
    String pipe = "\\\\.\\pipe\\ProtectedPrefix\\Administrators\\MaemukiBridgeLink\\ipc";
    IpcException refused =
        new IpcException(
            IpcException.UNTRUSTED_SERVER,
            new UntrustedServerException(pipe, 4321, -1).getMessage(),
            new UntrustedServerException(pipe, 4321, -1));
    assertThat(ServiceProblem.describe(refused, pipe, null))
        .isEqualTo(
            "Refusing "
                + pipe
                + ": process 4321 serves it, not the Bridge Link service, which is not running."
                + " Another program has taken the service's pipe name. End that program, then"
                + " start the Bridge Link service.");
  }

  @Test
  void permissionDenied() {
    assertThat(ServiceProblem.describe(unavailable("Permission denied"), "/run/x.sock", null))
        .startsWith("Permission denied on /run/x.sock: this account may not talk to");
  }

  @Test
  void otherCodesSayWhatHappened() {
    assertThat(
            ServiceProblem.describe(
                new IpcException(IpcError.PROTOCOL_VERSION, "speaks 3"), "/s", null))
        .contains("another protocol version (speaks 3)");
    assertThat(
            ServiceProblem.describe(
                new IpcException(IpcException.TIMEOUT, "did not answer hello"), "/s", null))
        .startsWith("Something at /s does not answer like the Bridge Link service");
    assertThat(ServiceProblem.describe(new IpcException(IpcError.FORBIDDEN, "no"), "/s", null))
        .isEqualTo("The Bridge Link service at /s refused this account: no");
  }
}
