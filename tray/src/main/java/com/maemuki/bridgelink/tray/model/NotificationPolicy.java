package com.maemuki.bridgelink.tray.model;

import com.maemuki.bridgelink.ipc.contract.NotificationSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which of the service's transitions become pop-ups. The service decides what a transition
 * is (after its flap damping) and sends it as a {@code transition} event; snapshots only tell this
 * policy which findings are active and what the configured policy is, so a reconnect (which starts
 * with a snapshot) never replays findings. What matters is never dropped: a critical finding
 * raised, the loss of the service and its return are always shown (no de-duplication, no rate
 * limit). Warnings and "Resolved" messages are de-duplicated (the same transition of the same
 * finding at most once per window: a flapping link does not nag) and rate limited (at most {@code
 * maxPerWindow} per rate window; the rest are merged into the next pop-up as "N more changes — open
 * the status window"). The first snapshot after start-up gives one summary, not one pop-up per
 * finding the service already knew. The configuration's {@code notifications} (minimum severity,
 * notify on clear) arrive with each snapshot and are honoured. Quiet mode shows nothing. The clock
 * is a parameter so tests need no sleeps. Not thread-safe: the tray agent calls it from one thread.
 */
public final class NotificationPolicy {
  private static final String SERVICE = "service";
  private final Duration dedupWindow;
  private final int maxPerWindow;
  private final Duration rateWindow;

  private final Map<String, FindingStatus> active = new LinkedHashMap<>();
  private final Map<String, Instant> lastShown = new HashMap<>();
  private final Deque<Instant> recent = new ArrayDeque<>();
  private boolean started;
  private boolean serviceLost;
  private boolean quiet;
  private int suppressed;
  private Severity minSeverity = Severity.WARNING;
  private boolean notifyOnClear = true;

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
   * Takes the snapshot's configured policy, and after start-up or a reconnect its active findings:
   * the first snapshot after start-up gives one summary of what was already wrong; the first after
   * the service came back says so (what was active meanwhile is not replayed). Later snapshots
   * change nothing else: the service's transitions keep the policy current.
   */
  public List<Notification> onSnapshot(Snapshot snapshot, Instant now) {
    settings(snapshot.notifications());
    if (started && !serviceLost) {
      return List.of();
    }
    active.clear();
    for (FindingStatus finding : snapshot.findings()) {
      if (counts(finding)) {
        active.merge(
            finding.key(), finding, (a, b) -> a.severity().compareTo(b.severity()) >= 0 ? a : b);
      }
    }
    if (!started) {
      started = true;
      return active.isEmpty() ? List.of() : admit(List.of(startupSummary(active)), now);
    }
    serviceLost = false;
    Notification back =
        new Notification(
            Notification.Level.RECOVERED,
            "Bridge Link service is back",
            "Link checks are running again.",
            SERVICE);
    return admit(List.of(back), now);
  }

  /**
   * The pop-ups due for one of the service's transitions: a raise of a finding at or above the
   * minimum severity, an escalation, a clear of one that counted (when clears are wanted).
   */
  public List<Notification> onTransition(FindingTransition transition, Instant now) {
    FindingStatus finding = transition.finding();
    FindingStatus before = active.get(finding.key());
    List<Notification> due = new ArrayList<>();
    boolean counts = counts(finding);
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
        if (notifyOnClear && (counts || before != null)) {
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
    Notification lost =
        new Notification(
            Notification.Level.WARNING,
            "Bridge Link service not running",
            "Link checks are paused until the service is back; the tray reconnects by itself.",
            SERVICE);
    return admit(List.of(lost), now);
  }

  private void settings(NotificationSettings settings) {
    if (settings == null) {
      return;
    }
    if (settings.minSeverity() != null) {
      try {
        minSeverity = Severity.valueOf(settings.minSeverity().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        minSeverity = Severity.WARNING; // a value from a newer service: the default
      }
    }
    if (settings.notifyOnClear() != null) {
      notifyOnClear = settings.notifyOnClear();
    }
  }

  /** Informational findings never pop up; the rest from the configured minimum on. */
  private boolean counts(FindingStatus finding) {
    return finding.severity() != Severity.INFO && finding.severity().compareTo(minSeverity) >= 0;
  }

  /** One pop-up for what was already wrong when the tray started. */
  private static Notification startupSummary(Map<String, FindingStatus> findings) {
    if (findings.size() == 1) {
      return raised(findings.values().iterator().next());
    }
    boolean critical = findings.values().stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
    List<String> titles = new ArrayList<>();
    findings.values().stream()
        .sorted(Comparator.comparing(FindingStatus::severity).reversed())
        .forEach(f -> titles.add(f.title()));
    return new Notification(
        critical ? Notification.Level.CRITICAL : Notification.Level.WARNING,
        findings.size() + " problems with the link",
        String.join("; ", titles) + ". Open the status window for what to do.",
        "startup");
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
      boolean always = alwaysShown(candidate);
      String dedupKey = candidate.level() + ":" + candidate.key();
      Instant last = lastShown.get(dedupKey);
      if (!always && last != null && now.isBefore(last.plus(dedupWindow))) {
        continue;
      }
      if (quiet) {
        continue;
      }
      if (!always && recent.size() >= maxPerWindow) {
        suppressed++;
        continue;
      }
      lastShown.put(dedupKey, now);
      recent.addLast(now);
      shown.add(withSuppressedCount(candidate));
    }
    return shown;
  }

  /** A critical finding raised, and the service lost or back: never merged or held back. */
  private static boolean alwaysShown(Notification notification) {
    return notification.level() == Notification.Level.CRITICAL
        || SERVICE.equals(notification.key());
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
            + " \u2014 open the status window)";
    suppressed = 0;
    return new Notification(
        notification.level(),
        notification.title(),
        notification.message() + more,
        notification.key());
  }
}
