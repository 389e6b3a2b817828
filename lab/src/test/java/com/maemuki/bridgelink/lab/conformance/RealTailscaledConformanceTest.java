package com.maemuki.bridgelink.lab.conformance;

import com.maemuki.bridgelink.lab.RealTailnet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The conformance assertions against real tailscaled v1.102.5 on the lab's tailnet. */
@Tag("real-tailnet")
class RealTailscaledConformanceTest extends LocalApiConformance {

  private static final RealTailscaledBackend BACKEND = new RealTailscaledBackend();

  @BeforeAll
  static void lab() {
    RealTailnet.require();
  }

  /**
   * Every case starts from a usable bridge, whatever ran before it (JUnit's order is not the
   * file's, and restoring a login or the peers leaves a short window where pings are refused).
   */
  @BeforeEach
  void ready() throws InterruptedException {
    RealTailnet.awaitReady();
  }

  @Override
  LocalApiBackend backend() {
    return BACKEND;
  }
}
