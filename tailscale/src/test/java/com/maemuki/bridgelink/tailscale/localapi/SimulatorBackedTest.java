package com.maemuki.bridgelink.tailscale.localapi;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the LocalAPI client tests share: a fresh simulator on a real Unix socket in a temp
 * directory for each test, a client dialling it, and the simulator closed afterwards. A subclass's
 * own {@code @BeforeEach} runs after this one, with both ready.
 */
abstract class SimulatorBackedTest {

  @TempDir Path dir;
  SimulatorFixture fixture;
  LocalApiClient client;

  @BeforeEach
  final void startSimulator() throws Exception {
    fixture = new SimulatorFixture(dir);
    client = fixture.client();
  }

  @AfterEach
  final void stopSimulator() throws Exception {
    fixture.close();
  }
}
