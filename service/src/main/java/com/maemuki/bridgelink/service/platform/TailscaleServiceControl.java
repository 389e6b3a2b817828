package com.maemuki.bridgelink.service.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The Tailscale system service: its state ({@link DaemonControl}), start, and restart. Start and
 * restart wait (at most {@code wait}) until the service runs and then until the LocalAPI answers,
 * because a running service whose LocalAPI does not answer has not recovered.
 */
public interface TailscaleServiceControl extends DaemonControl {

  /** Starts the service if it is not running; a running service is only verified (idempotent). */
  ServiceControlResult start(Duration wait);

  /** Stops (if running) and starts the service, then verifies the LocalAPI. */
  ServiceControlResult restart(Duration wait);

  /** Present when this control cannot act on this machine at all. */
  default Optional<Unsupported> unsupported() {
    return Optional.empty();
  }
}
