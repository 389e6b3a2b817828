package com.maemuki.bridgelink.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceLockTest {

  @Test
  void aSecondInstanceIsRefusedUntilTheFirstReleases(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/tray.lock");
    Optional<SingleInstanceLock> first = SingleInstanceLock.tryAcquire(file);
    assertThat(first).isPresent();
    assertThat(SingleInstanceLock.tryAcquire(file)).isEmpty();
    first.get().close();
    Optional<SingleInstanceLock> again = SingleInstanceLock.tryAcquire(file);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void aLockHeldByAnotherProcessIsRespected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tray.lock");
    Optional<SingleInstanceLock> mine = SingleInstanceLock.tryAcquire(file);
    assertThat(mine).isPresent();
    // A second JVM running the real entry point with the same lock file exits at once, status 0.
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                TrayMain.class.getName(),
                "--view",
                "log",
                "--lock-file",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(other.getInputStream().readAllBytes());
    assertThat(other.waitFor()).isZero();
    assertThat(output).contains("already running for this user");
    mine.get().close();
  }

  @Test
  void defaultFileIsPerUser() {
    assertThat(
            SingleInstanceLock.defaultFile(
                "Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), "T", "ann"))
        .isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Local", "Maemuki", "BridgeLink", "tray.lock"));
    assertThat(
            SingleInstanceLock.defaultFile(
                "Linux", Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "/tmp", "ann"))
        .isEqualTo(Path.of("/run/user/1000/maemuki-bridge-link/tray.lock"));
    assertThat(SingleInstanceLock.defaultFile("Linux", Map.of(), "/tmp", "ann"))
        .isEqualTo(Path.of("/tmp/maemuki-bridge-link-ann/tray.lock"));
  }
}
