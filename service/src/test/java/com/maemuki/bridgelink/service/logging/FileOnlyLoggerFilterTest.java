package com.maemuki.bridgelink.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class FileOnlyLoggerFilterTest {
  private final LoggerContext context = new LoggerContext();
  private final FileOnlyLoggerFilter filter = new FileOnlyLoggerFilter();

  FileOnlyLoggerFilterTest() {
    filter.setContext(context);
    filter.addLogger(" bridge-link.eventlog ");
    filter.start();
  }

  private FilterReply decide(String logger) {
    return filter.decide(
        new LoggingEvent(
            Logger.class.getName(), context.getLogger(logger), Level.ERROR, "x", null, null));
  }

  @Test
  void theNamedLoggerLeavesTheConsoleOnlyWhileAFileTakesIt() {
    assertThat(decide("bridge-link.eventlog"))
        .as("no log file: the console is the only place")
        .isEqualTo(FilterReply.NEUTRAL);

    ListAppender<ILoggingEvent> file = new ListAppender<>();
    file.setName(LogFiles.APPENDER);
    file.setContext(context);
    file.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(file);

    assertThat(decide("bridge-link.eventlog")).isEqualTo(FilterReply.DENY);
    assertThat(decide("bridge-link.audit")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("bridge-link.eventlog.child")).isEqualTo(FilterReply.NEUTRAL);
  }
}
