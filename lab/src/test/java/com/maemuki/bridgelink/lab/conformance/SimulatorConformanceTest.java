package com.maemuki.bridgelink.lab.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conformance assertions against the test kit's LocalAPI simulator (runs everywhere). */
class SimulatorConformanceTest extends LocalApiConformance {

  private static SimulatorBackend backend;

  @BeforeAll
  static void start() throws Exception {
    backend = new SimulatorBackend();
  }

  @AfterAll
  static void stop() throws Exception {
    backend.close();
  }

  @Override
  LocalApiBackend backend() {
    return backend;
  }
}
