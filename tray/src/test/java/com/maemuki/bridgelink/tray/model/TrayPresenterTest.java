package com.maemuki.bridgelink.tray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrayPresenterTest {

  private static final Snapshot DEGRADED = SnapshotReader.read(Snapshots.json("degraded.json"));

  @Test
  void iconFollowsTheWorstOfOverallAndFindings() {
    assertThat(TrayPresenter.iconFor(Snapshots.withFindings())).isEqualTo(IconState.OK);
    assertThat(
            TrayPresenter.iconFor(
                Snapshots.withFindings(Snapshots.finding("hard-nat", Severity.INFO, null))))
        .isEqualTo(IconState.OK);
    assertThat(
            TrayPresenter.iconFor(
                Snapshots.withFindings(
                    Snapshots.finding("path-relayed", Severity.WARNING, "p"),
                    Snapshots.finding("hard-nat", Severity.INFO, null))))
        .isEqualTo(IconState.DEGRADED);
    assertThat(
            TrayPresenter.iconFor(
                Snapshots.withFindings(
                    Snapshots.finding("path-relayed", Severity.WARNING, "p"),
                    Snapshots.finding("peer-offline", Severity.CRITICAL, "p"))))
        .isEqualTo(IconState.DOWN);
    Snapshot downWithoutFindings = new Snapshot("down", "", List.of(), List.of(), List.of());
    assertThat(TrayPresenter.iconFor(downWithoutFindings)).isEqualTo(IconState.DOWN);
  }

  @Test
  void menuListsStatusPeersFindingsAndActionsInOrder() {
    TrayModel model =
        TrayPresenter.present(DEGRADED, Map.of("open-inbound-port", "Open port 3389"), false);

    assertThat(model.icon()).isEqualTo(IconState.DEGRADED);
    assertThat(model.tooltip())
        .isEqualTo("Bridge Link: Link degraded: bridge-peer relayed via fra");
    assertThat(texts(model.menu()))
        .containsExactly(
            "Bridge Link: degraded",
            "---",
            "bridge-peer: online, relayed via DERP fra, 42 ms",
            "nas: offline",
            "printer: online, direct, 3.1 ms",
            "laptop: unknown",
            "old-pc: not visible",
            "---",
            "Warning: Traffic to the shared computer is relayed (DERP), not direct (bridge-peer) >",
            "Warning: The firewall blocks port 3389 from Tailscale (3389) >",
            "Note: Sign-in soon >",
            "Note: Hard NAT >",
            "---",
            "Copy my Tailscale IP (100.101.102.103)",
            "Open status window",
            "Create diagnostics bundle",
            "Open Tailscale admin console",
            "[ ] Quiet mode (no notifications)",
            "---",
            "Quit");
  }

  @Test
  void findingSubmenuShowsTheWrappedRemedyAndOnlyRepairsTheUserMayRun() {
    TrayModel model =
        TrayPresenter.present(DEGRADED, Map.of("open-inbound-port", "Open port 3389"), true);
    List<MenuEntry.Submenu> findings =
        model.menu().stream()
            .filter(MenuEntry.Submenu.class::isInstance)
            .map(MenuEntry.Submenu.class::cast)
            .collect(Collectors.toList());

    // relayed: no repair at all; its remedy is wrapped into lines a menu can show
    assertThat(texts(findings.get(0).items()))
        .containsExactly(
            "The link works but is slower. A router or carrier NAT blocks a",
            "direct path; allowing UDP 41641 outbound or enabling UPnP on",
            "either side usually helps.");
    // blocked port: the service lists the repair as allowed for this user
    MenuEntry.Action fix = (MenuEntry.Action) findings.get(1).items().get(2);
    assertThat(fix.text()).isEqualTo("Fix: Open port 3389");
    assertThat(fix.command())
        .isEqualTo(
            new TrayCommand(
                CommandKind.RUN_REPAIR, "open-inbound-port", "3389", "local-port-blocked/3389"));
    // re-authentication runs as the user, so it is offered even though repair.list omitted it;
    // without the service's title it says what it does, never the repair id
    assertThat(texts(findings.get(2).items()))
        .containsExactly("Sign in again.", "---", "Fix: Sign in to Tailscale again");
    // the remedy is readable (enabled) and opens the status window
    MenuEntry.Action remedy = (MenuEntry.Action) findings.get(2).items().get(0);
    assertThat(remedy.enabled()).isTrue();
    assertThat(remedy.command())
        .isEqualTo(new TrayCommand(CommandKind.OPEN_STATUS_WINDOW, null, null, "needs-login"));
    // restart-tailscaled is a service repair this user is not allowed to run: remedy only
    assertThat(texts(findings.get(3).items())).containsExactly("Accept relayed traffic.");
    assertThat(texts(model.menu())).contains("[x] Quiet mode (no notifications)");
  }

  @Test
  void userRepairsAreOfferedOnlyToTheProfileOwner() {
    // needs-login's re-auth runs in the tray as the user; another Windows user owns the profile
    RepairAccess other =
        new RepairAccess(
            Map.of("open-inbound-port", "Open port 3389"), Set.of("reauthenticate"), false);
    List<MenuEntry.Submenu> findings = submenus(TrayPresenter.present(DEGRADED, other, false));
    assertThat(texts(findings.get(2).items()))
        .containsExactly(
            "Sign in again.",
            "---",
            "Sign in to Windows as the Tailscale profile's owner to fix this.");
    assertThat(findings.get(2).items())
        .noneMatch(
            e ->
                e instanceof MenuEntry.Action
                    && ((MenuEntry.Action) e).command().kind() == CommandKind.RUN_REPAIR);
    // a service repair is not the profile owner's business: still offered
    assertThat(texts(findings.get(1).items())).contains("Fix: Open port 3389");

    RepairAccess owner =
        new RepairAccess(
            Map.of("open-inbound-port", "Open port 3389"), Set.of("reauthenticate"), true);
    assertThat(texts(submenus(TrayPresenter.present(DEGRADED, owner, false)).get(2).items()))
        .containsExactly("Sign in again.", "---", "Fix: Sign in to Tailscale again");
  }

  private static List<MenuEntry.Submenu> submenus(TrayModel model) {
    return model.menu().stream()
        .filter(MenuEntry.Submenu.class::isInstance)
        .map(MenuEntry.Submenu.class::cast)
        .collect(Collectors.toList());
  }

  @Test
  void unreachableServiceIsGreyWithServiceActionsDisabled() {
    TrayModel model = TrayPresenter.unreachable(false);

    assertThat(model.icon()).isEqualTo(IconState.SERVICE_UNREACHABLE);
    assertThat(model.tooltip()).isEqualTo("Bridge Link: service not running");
    assertThat(texts(model.menu()))
        .containsExactly(
            "Bridge Link service not running",
            "---",
            "(disabled) Copy my Tailscale IP",
            "Open status window",
            "(disabled) Create diagnostics bundle",
            "Open Tailscale admin console",
            "[ ] Quiet mode (no notifications)",
            "---",
            "Quit");
  }

  @Test
  void anIncompatibleServiceSaysWhatToDo() {
    TrayModel model =
        TrayPresenter.unreachable(
            false,
            "The Bridge Link service speaks protocol 2; update Bridge Link on this computer.");
    assertThat(model.icon()).isEqualTo(IconState.SERVICE_UNREACHABLE);
    assertThat(model.tooltip())
        .isEqualTo(
            "Bridge Link: The Bridge Link service speaks protocol 2; update Bridge Link on this computer.");
    assertThat(texts(model.menu()).subList(0, 2))
        .containsExactly(
            "The Bridge Link service speaks protocol 2; update Bridge Link on", "this computer.");
  }

  @Test
  void tooltipIsOneWholeLineTheViewsCutToTheirLimits() {
    String longSummary = "a\nb   " + "x".repeat(300);
    String tooltip = TrayPresenter.tooltip(IconState.DOWN, longSummary);
    assertThat(tooltip).isEqualTo("Bridge Link: a b " + "x".repeat(300));
    assertThat(TrayPresenter.tooltip(IconState.OK, "")).isEqualTo("Bridge Link: all good");
  }

  @Test
  void peerLinesDescribeEveryPath() {
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", true, "peer-relay", null, 120.0)))
        .isEqualTo("a: online, peer relay, 120 ms");
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", true, "derp", null, null)))
        .isEqualTo("a: online, relayed via DERP");
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", true, "derp", "fra", 80.2)))
        .isEqualTo("a: online, relayed via DERP fra, 80 ms");
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", true, "idle", null, null)))
        .isEqualTo("a: online, idle");
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", true, "weird", null, 0.25)))
        .isEqualTo("a: online, unknown, 0.3 ms");
    assertThat(TrayPresenter.peerLine(new PeerStatus("a", false, "direct", null, 5.0)))
        .isEqualTo("a: offline");
  }

  @Test
  void peersNobodyCanSeeAreNeverCalledOffline() {
    // This machine signed out or tailscaled stopped: the service says unknown, and so does the
    // menu.
    for (String state : List.of("unknown", "", "bogus")) {
      PeerStatus peer = new PeerStatus("a", state, "direct", null, 5.0, List.of(), true);
      assertThat(TrayPresenter.peerLine(peer)).isEqualTo("a: unknown");
    }
    assertThat(
            TrayPresenter.peerLine(
                new PeerStatus("a", "not-visible", "unknown", null, null, List.of(), true)))
        .isEqualTo("a: not visible");
    assertThat(
            TrayPresenter.peerLine(
                new PeerStatus("a", "not-shared", "unknown", null, null, List.of(), true)))
        .isEqualTo("a: not shared");
  }

  @Test
  void tailscaleIpPrefersIpv4() {
    assertThat(TrayPresenter.tailscaleIp(DEGRADED)).isEqualTo("100.101.102.103");
    Snapshot v6only = new Snapshot("ok", "", List.of("fd7a::1"), List.of(), List.of());
    assertThat(TrayPresenter.tailscaleIp(v6only)).isEqualTo("fd7a::1");
    assertThat(TrayPresenter.tailscaleIp(Snapshot.empty())).isNull();
  }

  /** The menu as text, one line per entry: how a person reads it. */
  static List<String> texts(List<MenuEntry> entries) {
    return entries.stream().map(TrayPresenterTest::text).collect(Collectors.toList());
  }

  private static String text(MenuEntry entry) {
    if (entry instanceof MenuEntry.Separator) {
      return "---";
    } else if (entry instanceof MenuEntry.Label) {
      return ((MenuEntry.Label) entry).text();
    } else if (entry instanceof MenuEntry.Action) {
      MenuEntry.Action action = (MenuEntry.Action) entry;
      return (action.enabled() ? "" : "(disabled) ") + action.text();
    } else if (entry instanceof MenuEntry.Toggle) {
      MenuEntry.Toggle toggle = (MenuEntry.Toggle) entry;
      return (toggle.checked() ? "[x] " : "[ ] ") + toggle.text();
    }
    return ((MenuEntry.Submenu) entry).text() + " >";
  }
}
