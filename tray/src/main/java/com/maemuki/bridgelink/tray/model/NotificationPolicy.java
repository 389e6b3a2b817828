package com.maemuki.bridgelink.tray.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which changes become pop-ups. Transitions are computed by comparing snapshots (not by
 * trusting {@code transition} events), so a reconnect or a missed event never produces a wrong or
 * repeated pop-up: only warnings and criticals count; a finding raised, escalated or cleared is a
 * transition; the same transition of the same finding is shown at most once per de-duplication
 * window (a flapping link does not nag); at most {@code maxPerWindow} pop-ups per rate window, the
 * rest are counted and mentioned in the next one; quiet mode shows nothing. The clock is a
 * parameter so tests need no sleeps. Not thread-safe: the tray agent calls it from one thread.
 */
public final class NotificationPolicy {
  private final Duration dedupWindow;
  private final int maxPerWindow;
  private final Duration rateWindow;

  private final Map<String, FindingStatus> active = new LinkedHashMap<>();
  private final Map<String, Instant> lastShown = new HashMap<>();
  private final Deque<Instant> recent = new ArrayDeque<>();
  private boolean serviceLost;
  private boolean quiet;
  private int suppressed;

  public NotificationPolicy(Duration dedupWindow, int maxPerWindow, Duration rateWindow) {
    this.dedupWindow = dedupWindow;
    this.maxPerWindow = maxPerWindow;
    this.rateWindow = rateWindow;
  }

  /** Ten minutes of de-duplication; three pop-ups a minute. */
  public static NotificationPolicy defaults() {
    return new NotificationPolicy(Duration.ofMinutes(10), 3, Duration.ofMinutes(1));
  }

  public void setQuiet(boolean quiet) {
    this.quiet = quiet;
  }

  public boolean quiet() {
    return quiet;
  }

  /** The pop-ups due for a new snapshot, most severe first. */
  public List<Notification> onSnapshot(Snapshot snapshot, Instant now) {
    serviceLost = false;
    Map<String, FindingStatus> current = new LinkedHashMap<>();
    for (FindingStatus finding : snapshot.findings()) {
      if (finding.severity() != Severity.INFO) {
        current.merge(
            finding.key(), finding, (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b);
      }
    }
    List<Notification> due = new ArrayList<>();
    for (FindingStatus finding : current.values()) {
      FindingStatus before = active.get(finding.key());
      if (before == null || finding.severity().compareTo(before.severity()) > 0) {
        due.add(raised(finding));
      }
    }
    for (FindingStatus before : active.values()) {
      if (!current.containsKey(before.key())) {
        due.add(
            new Notification(
                Notification.Level.RECOVERED,
                "Resolved: " + before.title(),
                "This problem has cleared.",
                before.key()));
      }
    }
    active.clear();
    active.putAll(current);
    due.sort(Comparator.comparing(Notification::level));
    return admit(due, now);
  }

  /** The pop-up due when the connection to the service is lost (once per outage). */
  public List<Notification> onServiceLost(Instant now) {
    if (serviceLost) {
      return List.of();
    }
    serviceLost = true;
    Notification lost =
        new Notification(
            Notification.Level.WARNING,
            "Bridge Link service not running",
            "Link checks are paused until the service is back; the tray reconnects by itself.",
            "service");
    return admit(List.of(lost), now);
  }

  private static Notification raised(FindingStatus finding) {
    Notification.Level level =
        finding.severity() == Severity.CRITICAL
            ? Notification.Level.CRITICAL
            : Notification.Level.WARNING;
    String subject = finding.subject() == null ? "" : " (" + finding.subject() + ")";
    return new Notification(level, finding.title() + subject, finding.remedy(), finding.key());
  }

  private List<Notification> admit(List<Notification> due, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(rateWindow))) {
      recent.removeFirst();
    }
    List<Notification> shown = new ArrayList<>();
    for (Notification candidate : due) {
      String dedupKey = candidate.level() + ":" + candidate.key();
      Instant last = lastShown.get(dedupKey);
      if (last != null && now.isBefore(last.plus(dedupWindow))) {
        continue;
      }
      if (quiet) {
        continue;
      }
      if (recent.size() >= maxPerWindow) {
        suppressed++;
        continue;
      }
      lastShown.put(dedupKey, now);
      recent.addLast(now);
      shown.add(withSuppressedCount(candidate));
    }
    return shown;
  }

  private Notification withSuppressedCount(Notification notification) {
    if (suppressed == 0) {
      return notification;
    }
    String more =
        " ("
            + suppressed
            + " more change"
            + (suppressed == 1 ? "" : "s")
            + " in the status window)";
    suppressed = 0;
    return new Notification(
        notification.level(),
        notification.title(),
        notification.message() + more,
        notification.key());
  }
}
