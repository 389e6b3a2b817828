package com.maemuki.bridgelink.service.platform.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.service.platform.ServiceOperationException;
import com.maemuki.bridgelink.service.platform.ServiceState;
import com.maemuki.bridgelink.service.platform.StandInProgram;
import com.maemuki.bridgelink.tailscale.process.ProcessCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SystemctlTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void talksToARealProgramWithExactArguments(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("show.txt");
    Files.writeString(out, "LoadState=loaded\nActiveState=inactive\nSubState=dead\nMainPID=0\n");
    StandInProgram systemctl = StandInProgram.create(dir, "systemctl", out, 0);
    SystemctlServiceOps ops =
        new SystemctlServiceOps(new ProcessCommandRunner(), systemctl.path(), "tailscaled.service");
    assertThat(ops.query().kind()).isEqualTo(ServiceState.Kind.STOPPED);
    ops.requestStart();
    ops.requestStop();
    assertThat(systemctl.calls())
        .containsExactly(
            List.of(
                "show",
                "--property=LoadState,ActiveState,SubState,MainPID",
                "--",
                "tailscaled.service"),
            List.of("start", "--no-block", "--", "tailscaled.service"),
            List.of("stop", "--no-block", "--", "tailscaled.service"));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFailingSystemctlIsReported(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("err.txt");
    Files.writeString(out, "Failed to start tailscaled.service: Access denied\n");
    StandInProgram systemctl = StandInProgram.create(dir, "systemctl", out, 1);
    SystemctlServiceOps ops =
        new SystemctlServiceOps(new ProcessCommandRunner(), systemctl.path(), "tailscaled.service");
    assertThatThrownBy(ops::requestStart)
        .isInstanceOf(ServiceOperationException.class)
        .hasMessageContaining("Access denied");
    assertThat(ops.query().kind()).isEqualTo(ServiceState.Kind.UNKNOWN);
  }

  @Test
  void unitNamesAreValidated() {
    assertThatThrownBy(
            () ->
                new SystemctlServiceOps(
                    new ProcessCommandRunner(), "/bin/systemctl", "a b; reboot"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detectsSystemdAndSaysWhyWhenAbsent(@TempDir Path root) throws Exception {
    SystemdDetection.Result none = SystemdDetection.detect(root);
    assertThat(none.unsupported().get().message())
        .isEqualTo(
            "Tailscale service control is not available on this machine: systemd is not running (no /run/systemd/system), e.g. inside a container");
    Files.createDirectories(root.resolve("run/systemd/system"));
    assertThat(SystemdDetection.detect(root).unsupported().get().reason())
        .contains("systemctl was not found");
    Path bin = Files.createDirectories(root.resolve("usr/bin"));
    Path systemctl = Files.writeString(bin.resolve("systemctl"), "#!/bin/sh\n");
    systemctl.toFile().setExecutable(true);
    assertThat(SystemdDetection.detect(root).systemctl())
        .contains(systemctl.toAbsolutePath().toString());
  }
}
