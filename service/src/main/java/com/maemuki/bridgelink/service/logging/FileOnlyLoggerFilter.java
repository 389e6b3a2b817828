package com.maemuki.bridgelink.service.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;

/**
 * Keeps the named loggers off the appender it is attached to (the console) while the log file takes
 * them ({@link LogFiles#enable}); without a log file they still reach the console, so they are
 * never lost. Used for the event-log stand-in on Linux: {@code bridge-link run} already shows every
 * critical finding in its live view, and a second ERROR line on the console for the same finding is
 * noise.
 *
 * <p>In logback.xml: {@code <filter class="…FileOnlyLoggerFilter"><logger>name</logger></filter>}.
 */
public final class FileOnlyLoggerFilter extends Filter<ILoggingEvent> {
  private final Set<String> loggers = new CopyOnWriteArraySet<>();

  /** Called by logback for each {@code <logger>} element. */
  public void addLogger(String name) {
    loggers.add(name.trim());
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (!loggers.contains(event.getLoggerName())) {
      return FilterReply.NEUTRAL;
    }
    return logsToFile() ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private boolean logsToFile() {
    return getContext() instanceof LoggerContext context
        && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFiles.APPENDER) != null;
  }
}
