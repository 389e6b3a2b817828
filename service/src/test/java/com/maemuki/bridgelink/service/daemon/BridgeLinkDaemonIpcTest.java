package com.maemuki.bridgelink.service.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.ipc.client.IpcException;
import com.maemuki.bridgelink.ipc.client.IpcSession;
import com.maemuki.bridgelink.ipc.client.SessionOptions;
import com.maemuki.bridgelink.ipc.transport.unix.UnixSocketTransport;
import com.maemuki.bridgelink.service.config.ConfigOverrides;
import com.maemuki.bridgelink.service.config.MachinePolicy;
import com.maemuki.bridgelink.service.ipc.AuthorizationPolicy;
import com.maemuki.bridgelink.service.platform.DataDirectory;
import com.maemuki.bridgelink.service.platform.Platforms;
import com.maemuki.bridgelink.service.repair.AuditLog;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The composition root's IPC side on a real Unix socket: one audit line per {@code repair.run}
 * attempt whichever layer decided it, a taken endpoint leaves the monitor running without IPC, and
 * machine policy decides who is an operator.
 */
@DisabledOnOs(OS.WINDOWS)
class BridgeLinkDaemonIpcTest {

  @TempDir Path dir;

  @BeforeEach
  void keepTheDataDirectoryHere() {
    System.setProperty(DataDirectory.PROPERTY, dir.resolve("data").toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty(DataDirectory.PROPERTY);
  }

  private DaemonOptions options(Map<String, String> policy, Path socket) {
    return new DaemonOptions(
        null,
        false,
        MachinePolicy.of(policy),
        new ConfigOverrides(List.of(), dir.resolve("no-tailscaled.sock").toString()),
        Platforms.daemonControl(),
        new UnixSocketTransport(socket));
  }

  @Test
  void everyRepairAttemptIsAuditedOnceAndATakenEndpointLeavesTheMonitorRunning() throws Exception {
    Path socket = dir.resolve("ipc/ipc.sock");
    try (BridgeLinkDaemon daemon = BridgeLinkDaemon.start(options(Map.of(), socket))) {
      assertThat(daemon.ipcProblem()).isEmpty();
      assertThat(daemon.ipcEndpoint()).contains(socket.toString());
      boolean operator;
      try (IpcSession session =
          IpcSession.open(new UnixSocketTransport(socket), SessionOptions.of("test"), null)) {
        operator = session.welcome().roles().contains("operator");
        // A tray repair: turned away by the ipc layer, before the registry.
        assertThatThrownBy(
                () -> session.call("repair.run", session.newObject().put("id", "tailscale-up")))
            .isInstanceOf(IpcException.class);
        if (operator) {
          JsonNode ran =
              session.call("repair.run", session.newObject().put("id", "close-inbound-port"));
          assertThat(ran.path("ok").asBoolean(true)).isFalse();
        } else {
          assertThatThrownBy(
                  () ->
                      session.call(
                          "repair.run", session.newObject().put("id", "close-inbound-port")))
              .isInstanceOf(IpcException.class);
        }
      }
      List<JsonNode> audit = new AuditLog(dir.resolve("data")).read();
      assertThat(audit).as("one line per attempt").hasSize(2);
      assertThat(audit.get(0).path("repair").asString()).isEqualTo("tailscale-up");
      assertThat(audit.get(0).path("result").asString()).isEqualTo("error: bad-request");
      assertThat(audit.get(1).path("repair").asString()).isEqualTo("close-inbound-port");
      assertThat(audit.get(1).path("result").asString()).isEqualTo(operator ? "failed" : "denied");
      String me = System.getProperty("user.name");
      assertThat(audit).allMatch(a -> a.path("caller").asString().startsWith(me + " (uid "));

      try (BridgeLinkDaemon second =
          BridgeLinkDaemon.start(
              options(
                  Map.of("AllowUserRepair", "always", "OperatorsGroup", "bridge-ops"), socket))) {
        assertThat(second.ipcProblem().orElseThrow())
            .contains("another service is already listening on " + socket);
        assertThat(second.ipcEndpoint()).isEmpty();
        assertThat(second.snapshot()).isNotNull();
        assertThat(DaemonIpc.policy(second.config().current()))
            .isEqualTo(new AuthorizationPolicy(Optional.of("bridge-ops"), true));
      }
      assertThat(DaemonIpc.policy(daemon.config().current()))
          .isEqualTo(AuthorizationPolicy.administratorsOnly());
    }
    assertThat(socket).as("removed on close").doesNotExist();
  }

  @Test
  void aMissingDirectoryIsSaidInWords() {
    assertThat(BridgeLinkDaemon.reason(new NoSuchFileException("/proc/x")))
        .isEqualTo("/proc/x: does not exist");
  }
}
