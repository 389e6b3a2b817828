package com.maemuki.bridgelink.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayOptionsTest {

  @Test
  void parsesEveryOption() {
    assertThat(
            TrayOptions.parse(
                List.of(
                    "--ipc-socket",
                    "/run/x.sock",
                    "--view",
                    "DORKBOX",
                    "--tray-type",
                    "Swing",
                    "--lock-file",
                    "/tmp/l",
                    "--quiet")))
        .isEqualTo(
            new TrayOptions(Path.of("/run/x.sock"), "dorkbox", "Swing", Path.of("/tmp/l"), true));
    assertThat(TrayOptions.parse(List.of()))
        .isEqualTo(new TrayOptions(null, "auto", null, null, false));
  }

  @Test
  void badInputGetsAMessageWithUsage() {
    assertThatThrownBy(() -> TrayOptions.parse(List.of("--view", "qt")))
        .hasMessageContaining("unknown view 'qt'")
        .hasMessageContaining("usage:");
    assertThatThrownBy(() -> TrayOptions.parse(List.of("--tray-type", "AutoDetect")))
        .hasMessageContaining("unknown tray type 'AutoDetect'");
    assertThatThrownBy(() -> TrayOptions.parse(List.of("--ipc-socket")))
        .hasMessageContaining("--ipc-socket needs a value");
    assertThatThrownBy(() -> TrayOptions.parse(List.of("--frobnicate")))
        .hasMessageContaining("unknown option '--frobnicate'");
  }
}
