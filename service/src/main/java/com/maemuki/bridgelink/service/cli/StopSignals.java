package com.maemuki.bridgelink.service.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM as a request to stop, not as death by signal: with only a shutdown hook the
 * JVM exits 130/143 however cleanly the monitor stopped, and a supervisor or script reads that as a
 * failure. Handling the two signals lets {@code run} stop the monitor and exit 0, as documented.
 */
final class StopSignals {

  private final CountDownLatch requested = new CountDownLatch(1);

  private StopSignals() {}

  /** Installs the handlers; a signal this platform does not have (TERM on Windows) is skipped. */
  static StopSignals install() {
    StopSignals signals = new StopSignals();
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(name), s -> signals.requested.countDown());
      } catch (IllegalArgumentException unsupported) {
        // Not a signal here, or reserved by the JVM: the shutdown hook still stops the monitor.
      }
    }
    return signals;
  }

  void await() throws InterruptedException {
    requested.await();
  }
}
