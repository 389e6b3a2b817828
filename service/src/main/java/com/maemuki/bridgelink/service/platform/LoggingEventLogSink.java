package com.maemuki.bridgelink.service.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The event log where there is no Windows Event Log: a dedicated logger ("eventlog"). */
public final class LoggingEventLogSink implements EventLogSink {

  private static final Logger LOG = LoggerFactory.getLogger("eventlog");

  @Override
  public void write(Level level, int eventId, String message) {
    switch (level) {
      case ERROR:
        LOG.error("[{}] {}", eventId, message);
        break;
      case WARNING:
        LOG.warn("[{}] {}", eventId, message);
        break;
      default:
        LOG.info("[{}] {}", eventId, message);
        break;
    }
  }
}
