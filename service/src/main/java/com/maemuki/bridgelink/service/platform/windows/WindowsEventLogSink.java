package com.maemuki.bridgelink.service.platform.windows;

import com.maemuki.bridgelink.service.platform.EventLogSink;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinNT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the Application event log under our own source. The installer registers the source
 * ({@code HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\MaemukiBridgeLink} with an
 * EventMessageFile whose message is just "%1"); unregistered, Windows still stores the text but
 * prefixes a "description not found" note.
 */
public final class WindowsEventLogSink implements EventLogSink {

  public static final String SOURCE = "MaemukiBridgeLink";

  /** ReportEvent refuses strings longer than 31,839 characters. */
  private static final int MAX_MESSAGE = 31_000;

  private static final Logger LOG = LoggerFactory.getLogger(WindowsEventLogSink.class);

  private final String source;
  private WinNT.HANDLE handle;

  public WindowsEventLogSink() {
    this(SOURCE);
  }

  WindowsEventLogSink(String source) {
    this.source = source;
  }

  @Override
  public synchronized void write(Level level, int eventId, String message) {
    try {
      if (handle == null) {
        handle = Advapi32.INSTANCE.RegisterEventSource(null, source);
        if (handle == null) {
          LOG.warn(
              "cannot register event source {}: error {}",
              source,
              com.sun.jna.Native.getLastError());
          return;
        }
      }
      String text =
          message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
      if (!Advapi32.INSTANCE.ReportEvent(
          handle, type(level), 0, eventId, null, 1, 0, new String[] {text}, null)) {
        LOG.warn("ReportEvent failed: error {}", com.sun.jna.Native.getLastError());
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("event log write failed: {}", e.toString());
    }
  }

  private static int type(Level level) {
    switch (level) {
      case ERROR:
        return WinNT.EVENTLOG_ERROR_TYPE;
      case WARNING:
        return WinNT.EVENTLOG_WARNING_TYPE;
      default:
        return WinNT.EVENTLOG_INFORMATION_TYPE;
    }
  }
}
