package com.maemuki.bridgelink.service.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The placeholder daemon: logs that the service started and does nothing else until closed. It lets
 * the hosting (procrun, console, MSI) be built and checked before the monitor is plugged in.
 */
public final class IdleDaemon implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IdleDaemon.class);

  private IdleDaemon() {}

  /** Starts the idle daemon; usable as a {@link DaemonFactory} ({@code IdleDaemon::start}). */
  public static IdleDaemon start() {
    log.info("service started");
    return new IdleDaemon();
  }

  @Override
  public void close() {
    log.info("idle daemon closed");
  }
}
