package com.maemuki.bridgelink.service.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event log where there is no Windows Event Log: a dedicated logger ({@value #LOGGER_NAME}),
 * which logback.xml sends to the log file and keeps off the console once the file is on (the live
 * view of {@code run} shows the same findings).
 */
public final class LoggingEventLogSink implements EventLogSink {

  /** The logger's name; logback.xml names it too. */
  public static final String LOGGER_NAME = "bridge-link.eventlog";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

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
