package com.maemuki.bridgelink.ipc.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportsTest {

  @Test
  void pipeNameIsUnderTheAdministratorsProtectedPrefix() {
    assertThat(Transports.PIPE_NAME)
        .isEqualTo("\\\\.\\pipe\\ProtectedPrefix\\Administrators\\MaemukiBridgeLink\\ipc");
  }

  @Test
  void rootAndInstalledSystemsUseTheSystemSocket() {
    assertThat(Transports.defaultSocketPath(Map.of(), true, false, "root"))
        .isEqualTo(Path.of("/run/maemuki-bridge-link/ipc.sock"));
    assertThat(
            Transports.defaultSocketPath(
                Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), false, true, "ann"))
        .isEqualTo(Transports.SYSTEM_SOCKET);
  }

  @Test
  void unprivilegedDevelopersGetAPerUserSocket() {
    assertThat(
            Transports.defaultSocketPath(
                Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), false, false, "ann"))
        .isEqualTo(Path.of("/run/user/1000/maemuki-bridge-link/ipc.sock"));
    assertThat(
            Transports.defaultSocketPath(
                Map.of("XDG_RUNTIME_DIR", "relative"), false, false, "ann"))
        .isEqualTo(Path.of("/tmp/maemuki-bridge-link-ann/ipc.sock"));
  }

  @Test
  void theEnvironmentOverridesEverything() {
    assertThat(
            Transports.defaultSocketPath(
                Map.of(Transports.SOCKET_ENV, "/tmp/x.sock"), true, true, "root"))
        .isEqualTo(Path.of("/tmp/x.sock"));
  }
}
