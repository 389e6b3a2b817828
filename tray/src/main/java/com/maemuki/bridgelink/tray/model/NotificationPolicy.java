package com.maemuki.bridgelink.tray.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which of the service's transitions become pop-ups. The service decides what a transition
 * is (after its flap damping) and sends it as a {@code transition} event; snapshots only tell this
 * policy which findings are active, so a reconnect (which starts with a snapshot) never replays
 * findings. Only warnings and criticals count; a finding raised, escalated or cleared is news, a
 * de-escalation is not; the same transition of the same finding is shown at most once per
 * de-duplication window (a flapping link does not nag); at most {@code maxPerWindow} pop-ups per
 * rate window, the rest are counted and mentioned in the next one; quiet mode shows nothing. The
 * clock is a parameter so tests need no sleeps. Not thread-safe: the tray agent calls it from one
 * thread.
 */
public final class NotificationPolicy {
  private final Duration dedupWindow;
  private final int maxPerWindow;
  private final Duration rateWindow;

  private final Map<String, FindingStatus> active = new LinkedHashMap<>();
  private final Map<String, Instant> lastShown = new HashMap<>();
  private final Deque<Instant> recent = new ArrayDeque<>();
  private boolean serviceLost;
  private boolean resync = true;
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

  /**
   * Takes note of the active findings of the first snapshot after a (re)connect, without announcing
   * anything: what was already active then is not news. Later snapshots change nothing here; the
   * service's transitions keep the policy current whichever of the two arrives first.
   */
  public void onSnapshot(Snapshot snapshot) {
    serviceLost = false;
    if (!resync) {
      return;
    }
    resync = false;
    active.clear();
    for (FindingStatus finding : snapshot.findings()) {
      if (finding.severity() != Severity.INFO) {
        active.merge(
            finding.key(), finding, (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b);
      }
    }
  }

  /**
   * The pop-ups due for one of the service's transitions: a raise of a warning or critical, an
   * escalation, a clear of one that counted.
   */
  public List<Notification> onTransition(FindingTransition transition, Instant now) {
    FindingStatus finding = transition.finding();
    FindingStatus before = active.get(finding.key());
    List<Notification> due = new ArrayList<>();
    boolean counts = finding.severity() != Severity.INFO;
    switch (transition.kind()) {
      case RAISED:
        if (counts) {
          due.add(raised(finding));
        }
        break;
      case CHANGED:
        if (counts && (before == null || finding.severity().compareTo(before.severity()) > 0)) {
          due.add(raised(finding));
        }
        break;
      case CLEARED:
        if (counts || before != null) {
          due.add(
              new Notification(
                  Notification.Level.RECOVERED,
                  "Resolved: " + finding.title(),
                  "This problem has cleared.",
                  finding.key()));
        }
        active.remove(finding.key());
        return admit(due, now);
      default:
        break;
    }
    if (counts) {
      active.put(finding.key(), finding);
    } else {
      active.remove(finding.key());
    }
    return admit(due, now);
  }

  /** The pop-up due when the connection to the service is lost (once per outage). */
  public List<Notification> onServiceLost(Instant now) {
    if (serviceLost) {
      return List.of();
    }
    serviceLost = true;
    resync = true;
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
