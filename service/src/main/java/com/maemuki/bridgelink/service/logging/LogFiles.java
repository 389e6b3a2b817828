package com.maemuki.bridgelink.service.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds a rolling log file ({@code bridge-link.log}, daily and at 10 MiB, 14 days, 100 MiB in all)
 * in {@code <data dir>/logs}. A directory that cannot be created is reported once and the console
 * keeps logging: a log file is never a reason not to run.
 */
public final class LogFiles {

  private static final Logger log = LoggerFactory.getLogger(LogFiles.class);

  /** The file appender's name, on the root logger. */
  static final String APPENDER = "FILE";

  private LogFiles() {}

  /**
   * Shows only warnings and errors on the console: for commands whose own output is the point
   * ({@code run}'s live view, {@code doctor}'s report); the log file keeps everything.
   */
  public static synchronized void quietConsole() {
    consoleThreshold("WARN");
  }

  /**
   * No console logging at all: for {@code run}'s view redrawn on a terminal, where a log line on
   * stderr (the same screen) would break the frame. The view shows the findings; the log file keeps
   * everything.
   */
  public static synchronized void consoleOff() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    // Every console appender, whatever its name (a test's configuration names it otherwise).
    List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
    root.iteratorForAppenders()
        .forEachRemaining(
            a -> {
              if (a instanceof ConsoleAppender) {
                consoles.add(a);
              }
            });
    consoles.forEach(root::detachAppender);
  }

  private static void consoleThreshold(String level) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    var console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    if (console != null) {
      // Only the level changes: other filters (FileOnlyLoggerFilter) stay.
      var kept =
          console.getCopyOfAttachedFiltersList().stream()
              .filter(f -> !(f instanceof ThresholdFilter))
              .toList();
      console.clearAllFilters();
      ThresholdFilter warn = new ThresholdFilter();
      warn.setLevel(level);
      warn.start();
      console.addFilter(warn);
      kept.forEach(console::addFilter);
    }
  }

  /** Starts file logging into {@code logDir}; returns the log file, or null when it failed. */
  public static synchronized Path enable(Path logDir) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return null;
    }
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(APPENDER) != null) {
      return logDir.resolve("bridge-link.log");
    }
    try {
      Files.createDirectories(logDir);
    } catch (IOException | SecurityException e) {
      log.warn(
          "cannot create log directory {}: {}; logging to the console only",
          logDir,
          e.getMessage());
      return null;
    }
    Path file = logDir.resolve("bridge-link.log");
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{0} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName(APPENDER);
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(appender);
    policy.setFileNamePattern(logDir.resolve("bridge-link.%d{yyyy-MM-dd}.%i.log").toString());
    policy.setMaxFileSize(FileSize.valueOf("10MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("100MB"));
    policy.start();
    appender.setRollingPolicy(policy);
    appender.start();
    if (!appender.isStarted()) {
      log.warn("cannot write log file {}; logging to the console only", file);
      return null;
    }
    root.addAppender(appender);
    return file;
  }
}
