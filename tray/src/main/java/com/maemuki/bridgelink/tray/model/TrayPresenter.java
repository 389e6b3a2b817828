package com.maemuki.bridgelink.tray.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the service's snapshot into what the tray shows. Pure: no toolkit, no clock, no I/O, so
 * every icon colour and menu line is decided in unit tests.
 */
public final class TrayPresenter {
  static final String NOT_RUNNING = "Bridge Link service not running";
  private static final int REMEDY_LINE = 64;

  private TrayPresenter() {}

  /**
   * The model for a snapshot.
   *
   * @param snapshot the service's latest snapshot
   * @param allowedRepairs the repairs this user may run (id to title, from {@code repair.list})
   * @param quiet whether notifications are muted (shown as a checkbox)
   */
  public static TrayModel present(
      Snapshot snapshot, Map<String, String> allowedRepairs, boolean quiet) {
    return present(snapshot, RepairAccess.of(allowedRepairs), quiet);
  }

  /**
   * The model for a snapshot.
   *
   * @param access what this user may repair (the same rule the status window's Fix button uses)
   */
  public static TrayModel present(Snapshot snapshot, RepairAccess access, boolean quiet) {
    IconState icon = iconFor(snapshot);
    List<MenuEntry> menu = new ArrayList<>();
    menu.add(new MenuEntry.Label(statusLine(icon)));
    if (!snapshot.peers().isEmpty()) {
      menu.add(new MenuEntry.Separator());
      for (PeerStatus peer : snapshot.peers()) {
        menu.add(new MenuEntry.Label(peerLine(peer)));
      }
    }
    if (!snapshot.findings().isEmpty()) {
      menu.add(new MenuEntry.Separator());
      for (FindingStatus finding : snapshot.findings()) {
        menu.add(findingMenu(finding, access));
      }
    }
    addCommonActions(menu, tailscaleIp(snapshot), true, quiet);
    return new TrayModel(icon, tooltip(icon, snapshot.summary()), menu);
  }

  /** The model while the service cannot be reached (not running or restarting). */
  public static TrayModel unreachable(boolean quiet) {
    return unreachable(quiet, null);
  }

  /**
   * The model while the service cannot be reached.
   *
   * @param problem why, when it is something the user must act on (e.g. "update the tray": the
   *     service speaks a newer protocol), else null for plain "not running"
   */
  public static TrayModel unreachable(boolean quiet, String problem) {
    List<MenuEntry> menu = new ArrayList<>();
    if (problem == null) {
      menu.add(new MenuEntry.Label(NOT_RUNNING));
    } else {
      wrap(problem, REMEDY_LINE).forEach(line -> menu.add(new MenuEntry.Label(line)));
    }
    addCommonActions(menu, null, false, quiet);
    String tooltip =
        problem == null
            ? "Bridge Link: service not running"
            : tooltip(IconState.SERVICE_UNREACHABLE, problem);
    return new TrayModel(IconState.SERVICE_UNREACHABLE, tooltip, menu);
  }

  /** The worse of the service's own verdict and the worst active finding. */
  static IconState iconFor(Snapshot snapshot) {
    IconState byOverall;
    switch (snapshot.overall().toLowerCase(Locale.ROOT)) {
      case "down":
        byOverall = IconState.DOWN;
        break;
      case "degraded":
        byOverall = IconState.DEGRADED;
        break;
      default:
        byOverall = IconState.OK;
    }
    IconState byFindings = IconState.OK;
    for (FindingStatus finding : snapshot.findings()) {
      if (finding.severity() == Severity.CRITICAL) {
        byFindings = IconState.DOWN;
      } else if (finding.severity() == Severity.WARNING && byFindings == IconState.OK) {
        byFindings = IconState.DEGRADED;
      }
    }
    return byOverall.compareTo(byFindings) >= 0 ? byOverall : byFindings;
  }

  /**
   * "name: online, direct, 12 ms"; a peer that is not online shows only its state (offline,
   * unknown, not visible, not shared), so a peer nobody can see is never called offline.
   */
  static String peerLine(PeerStatus peer) {
    StringBuilder line = new StringBuilder(peer.name()).append(": ").append(PeerWords.state(peer));
    if (!peer.online()) {
      return line.toString();
    }
    line.append(", ").append(PeerWords.path(peer));
    if (peer.latencyMs() != null) {
      line.append(", ").append(PeerWords.latency(peer.latencyMs()));
    }
    return line.toString();
  }

  private static String statusLine(IconState icon) {
    switch (icon) {
      case DOWN:
        return "Bridge Link: link down";
      case DEGRADED:
        return "Bridge Link: degraded";
      default:
        return "Bridge Link: all good";
    }
  }

  private static MenuEntry findingMenu(FindingStatus finding, RepairAccess access) {
    List<MenuEntry> items = new ArrayList<>();
    // The remedy is what the user must read: enabled (black, not a disabled grey label), and a
    // click on it opens the status window with the whole finding.
    for (String line : wrap(finding.remedy(), REMEDY_LINE)) {
      items.add(new MenuEntry.Action(line, openAt(finding), true));
    }
    switch (access.offer(finding)) {
      case FIX:
        items.add(new MenuEntry.Separator());
        items.add(new MenuEntry.Action(access.fixLabel(finding), repairCommand(finding), true));
        break;
      case NOT_PROFILE_OWNER:
        // Instead of a Fix that tailscaled would refuse: readable, and it opens the window.
        items.add(new MenuEntry.Separator());
        for (String line : wrap(RepairAccess.NOT_PROFILE_OWNER, REMEDY_LINE)) {
          items.add(new MenuEntry.Action(line, openAt(finding), true));
        }
        break;
      default:
        break;
    }
    String subject = finding.subject() == null ? "" : " (" + finding.subject() + ")";
    return new MenuEntry.Submenu(
        severityWord(finding.severity()) + finding.title() + subject, items);
  }

  /** Opens the status window on this finding's details. */
  private static TrayCommand openAt(FindingStatus finding) {
    return new TrayCommand(CommandKind.OPEN_STATUS_WINDOW, null, null, finding.key());
  }

  /** The command of a finding's Fix: its repair, about its subject, for this very finding. */
  static TrayCommand repairCommand(FindingStatus finding) {
    return new TrayCommand(
        CommandKind.RUN_REPAIR, finding.repair(), finding.subject(), finding.key());
  }

  static String severityWord(Severity severity) {
    switch (severity) {
      case CRITICAL:
        return "Critical: ";
      case WARNING:
        return "Warning: ";
      default:
        return "Note: ";
    }
  }

  private static void addCommonActions(
      List<MenuEntry> menu, String tailscaleIp, boolean serviceUp, boolean quiet) {
    menu.add(new MenuEntry.Separator());
    TrayCommand copy = new TrayCommand(CommandKind.COPY_TAILSCALE_IP, tailscaleIp, null);
    String copyText =
        tailscaleIp == null ? "Copy my Tailscale IP" : "Copy my Tailscale IP (" + tailscaleIp + ")";
    menu.add(new MenuEntry.Action(copyText, copy, tailscaleIp != null));
    menu.add(
        new MenuEntry.Action(
            "Open status window", TrayCommand.of(CommandKind.OPEN_STATUS_WINDOW), true));
    menu.add(
        new MenuEntry.Action(
            "Create diagnostics bundle",
            TrayCommand.of(CommandKind.CREATE_DIAGNOSTICS),
            serviceUp));
    menu.add(
        new MenuEntry.Action(
            "Open Tailscale admin console", TrayCommand.of(CommandKind.OPEN_ADMIN_CONSOLE), true));
    menu.add(
        new MenuEntry.Toggle(
            "Quiet mode (no notifications)", TrayCommand.of(CommandKind.TOGGLE_QUIET), quiet));
    menu.add(new MenuEntry.Separator());
    menu.add(new MenuEntry.Action("Quit", TrayCommand.of(CommandKind.QUIT), true));
  }

  /**
   * The first IPv4 Tailscale address (what people paste into a remote desktop client), else any.
   */
  static String tailscaleIp(Snapshot snapshot) {
    for (String ip : snapshot.selfIps()) {
      if (ip.indexOf('.') > 0) {
        return ip;
      }
    }
    return snapshot.selfIps().isEmpty() ? null : snapshot.selfIps().get(0);
  }

  static String tooltip(IconState icon, String summary) {
    String text = summary == null || summary.isBlank() ? statusLine(icon) : summary.strip();
    if (!text.startsWith("Bridge Link")) {
      text = "Bridge Link: " + text;
    }
    // One line; each view cuts it to its own toolkit's limit (view.TextLimits).
    return text.replaceAll("\\s+", " ");
  }

  /** Menus do not wrap; long remedies become several lines at word boundaries. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
