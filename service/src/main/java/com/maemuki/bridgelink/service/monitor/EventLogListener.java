package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.Severity;
import com.maemuki.bridgelink.service.platform.EventLogSink;
import java.util.Objects;

/**
 * Writes raised and cleared critical findings to the OS event log (repairs are written by the
 * repair registry). Only critical ones: the event log is for what an administrator must act on, and
 * warnings flap more.
 */
public final class EventLogListener implements MonitorListener {

  private final EventLogSink sink;

  public EventLogListener(EventLogSink sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void onTransition(Transition transition) {
    Finding f = transition.finding().finding();
    if (!f.severity().atLeast(Severity.CRITICAL) && transition.kind() != Transition.Kind.CLEARED) {
      return;
    }
    switch (transition.kind()) {
      case RAISED:
        sink.write(
            EventLogSink.Level.ERROR,
            EventLogSink.FINDING_RAISED,
            f.key() + ": " + f.title() + ". " + f.detail() + " Remedy: " + f.remedy());
        break;
      case CLEARED:
        if (f.severity().atLeast(Severity.CRITICAL)) {
          sink.write(
              EventLogSink.Level.INFORMATION,
              EventLogSink.FINDING_CLEARED,
              f.key() + " cleared: " + f.title() + ".");
        }
        break;
      default:
        break;
    }
  }
}
