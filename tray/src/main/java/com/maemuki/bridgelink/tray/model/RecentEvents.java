package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.ipc.contract.RepairEventData;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@value #LIMIT} events, newest first, with their words. Written by the agent thread and
 * read by the Swing thread, hence synchronized.
 */
public final class RecentEvents {
  static final int LIMIT = 50;

  private final Deque<EventLine> lines = new ArrayDeque<>();

  /** A finding's transition, as the service decided it after flap damping. */
  public void transition(FindingTransition transition, Instant time) {
    FindingStatus f = transition.finding();
    String subject = f.subject() == null ? "" : " (" + f.subject() + ")";
    String what;
    switch (transition.kind()) {
      case RAISED:
        what = "Raised: " + TrayPresenter.severityWord(f.severity());
        break;
      case CLEARED:
        what = "Cleared: ";
        break;
      default:
        what = "Changed: " + TrayPresenter.severityWord(f.severity());
    }
    add(new EventLine(time, what + f.title() + subject));
  }

  /** A service repair's progress ({@code repair} event). */
  public void repair(RepairEventData event, Instant time) {
    if (event.repair() == null || event.status() == null) {
      return;
    }
    String name = RepairWords.of(event.repair(), null);
    String message =
        event.message() == null || event.message().isBlank() ? "" : ": " + event.message();
    switch (event.status()) {
      case RepairEventData.STARTED:
        add(new EventLine(time, "Repair started: " + name));
        break;
      case RepairEventData.SUCCEEDED:
        add(new EventLine(time, "Repair done: " + name + message));
        break;
      case RepairEventData.FAILED:
        add(new EventLine(time, "Repair failed: " + name + message));
        break;
      default:
        // a status a newer service added: nothing to say about it
    }
  }

  /** The result of a repair the tray ran itself, as the user. */
  public void userRepair(String repairId, String result, boolean failed, Instant time) {
    add(
        new EventLine(
            time,
            (failed ? "Repair failed: " : "Repair done: ")
                + RepairWords.of(repairId, null)
                + ": "
                + result));
  }

  private synchronized void add(EventLine line) {
    lines.addFirst(line);
    while (lines.size() > LIMIT) {
      lines.removeLast();
    }
  }

  /** Newest first. */
  public synchronized List<EventLine> list() {
    return new ArrayList<>(lines);
  }
}
