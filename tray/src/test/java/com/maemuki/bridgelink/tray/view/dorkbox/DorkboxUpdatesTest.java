package com.maemuki.bridgelink.tray.view.dorkbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dorkbox's phone-home is off. Each case runs in a fresh JVM, because the checker reads its switch
 * once, when its class loads: a test in this JVM could pass only because some earlier test loaded
 * it. The first case is the control: without our switch the checker is armed, so the test would
 * catch a regression (e.g. a Dorkbox upgrade that renames the property).
 */
class DorkboxUpdatesTest {

  private static String probe(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(UpdatesProbe.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void withoutTheSwitchTheCheckerIsArmed() throws Exception {
    assertThat(probe()).contains("ENABLE=true thread=true");
  }

  @Test
  void theTraySwitchDisarmsItBeforeAnyTrayClassLoads() throws Exception {
    assertThat(probe("switch-off")).contains("ENABLE=false");
  }

  @Test
  void thePropertyAloneDisarmsIt() throws Exception {
    // What TrayMain sets on its first line, before it touches any class that could load Dorkbox.
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + DorkboxUpdates.PROPERTY + "=false");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(UpdatesProbe.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).isZero();
    assertThat(output).contains("ENABLE=false");
  }
}
