package com.maemuki.bridgelink.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceStateMappingTest {

  @Test
  void systemdOutputMapsToServiceStates() {
    assertThat(SystemdUnitState.parse("LoadState=loaded\nActiveState=active\nSubState=running\n"))
        .isEqualTo(
            new ServiceState(
                ServiceState.Kind.RUNNING, "LoadState=loaded ActiveState=active SubState=running"));
    assertThat(SystemdUnitState.parse("LoadState=loaded\nActiveState=failed\n").kind())
        .isEqualTo(ServiceState.Kind.STOPPED);
    assertThat(SystemdUnitState.parse("LoadState=loaded\nActiveState=inactive\n").kind())
        .isEqualTo(ServiceState.Kind.STOPPED);
    assertThat(SystemdUnitState.parse("LoadState=not-found\nActiveState=inactive\n").kind())
        .isEqualTo(ServiceState.Kind.NOT_INSTALLED);
    assertThat(SystemdUnitState.parse("LoadState=loaded\r\nActiveState=activating\r\n").kind())
        .isEqualTo(ServiceState.Kind.STARTING);
    assertThat(SystemdUnitState.parse("garbage").kind()).isEqualTo(ServiceState.Kind.UNKNOWN);
  }

  @Test
  void scmStatesMapToServiceStates() {
    assertThat(ScmStates.kind(1)).isEqualTo(ServiceState.Kind.STOPPED);
    assertThat(ScmStates.kind(2)).isEqualTo(ServiceState.Kind.STARTING);
    assertThat(ScmStates.kind(3)).isEqualTo(ServiceState.Kind.STOPPING);
    assertThat(ScmStates.kind(4)).isEqualTo(ServiceState.Kind.RUNNING);
    assertThat(ScmStates.kind(7)).isEqualTo(ServiceState.Kind.STOPPING);
    assertThat(ScmStates.kind(99)).isEqualTo(ServiceState.Kind.UNKNOWN);
    assertThat(ScmStates.name(4)).isEqualTo("SERVICE_RUNNING");
  }

  @Test
  void dataDirectoryPerPlatformAndUser() {
    assertThat(DataDirectory.resolve(true, Map.of("ProgramData", "D:\\PD"), "C:\\Users\\a", false))
        .isEqualTo(Path.of("D:\\PD", "Maemuki", "BridgeLink"));
    assertThat(DataDirectory.resolve(false, Map.of(), "/home/a", true))
        .isEqualTo(Path.of("/var/lib/maemuki-bridge-link"));
    assertThat(DataDirectory.resolve(false, Map.of(), "/home/a", false))
        .isEqualTo(Path.of("/home/a/.local/state/maemuki-bridge-link"));
    assertThat(DataDirectory.resolve(false, Map.of("XDG_STATE_HOME", "/x"), "/home/a", false))
        .isEqualTo(Path.of("/x/maemuki-bridge-link"));
    assertThat(DataDirectory.resolve(false, Map.of("BRIDGE_LINK_DATA_DIR", "/tmp/d"), "/h", true))
        .isEqualTo(Path.of("/tmp/d"));
  }
}
