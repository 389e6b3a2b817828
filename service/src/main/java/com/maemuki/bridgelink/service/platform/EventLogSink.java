package com.maemuki.bridgelink.service.platform;

/**
 * The OS event log: raised and cleared critical findings and every repair. On Windows the
 * Application log under source {@code MaemukiBridgeLink}; elsewhere the application log file.
 * Writing never throws: an event log that fails must not stop the monitor.
 */
public interface EventLogSink {

  /** Event ids, stable so administrators can filter on them. */
  int FINDING_RAISED = 1001;

  int FINDING_CLEARED = 1002;
  int REPAIR_SUCCEEDED = 2001;
  int REPAIR_FAILED = 2002;
  int REPAIR_DENIED = 2003;

  /** Severity of an entry, as the event log knows it. */
  enum Level {
    INFORMATION,
    WARNING,
    ERROR
  }

  void write(Level level, int eventId, String message);
}
