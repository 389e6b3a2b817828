package com.maemuki.bridgelink.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.action.UserRepairs;
import com.maemuki.bridgelink.tray.model.CommandKind;
import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.IconState;
import com.maemuki.bridgelink.tray.model.MenuEntry;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import com.maemuki.bridgelink.tray.model.TrayModel;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrayAgentTest {
  private static final JsonMapper JSON = JsonMapper.shared();

  private final FakeServiceConnection service = new FakeServiceConnection();
  private final RecordingTrayView view = new RecordingTrayView();
  private final List<String> desktop = new CopyOnWriteArrayList<>();
  private final AtomicInteger windows = new AtomicInteger();
  private final AtomicInteger quits = new AtomicInteger();
  private final TrayAgent agent =
      new TrayAgent(
          service,
          new DesktopActions() {
            @Override
            public void copyToClipboard(String text) {
              desktop.add("clipboard " + text);
            }

            @Override
            public void browse(URI page) {
              desktop.add("browse " + page);
            }
          },
          new UserRepairs() {
            @Override
            public boolean handles(String repairId) {
              return "reauthenticate".equals(repairId);
            }

            @Override
            public Optional<String> run(
                String repairId, String subject, String findingKey, LocalApiTarget target) {
              desktop.add("user repair " + repairId + " " + subject + " " + findingKey);
              return Optional.of("Signed in.");
            }
          },
          windows::incrementAndGet,
          quits::incrementAndGet,
          Clock.systemUTC());

  @AfterEach
  void stop() {
    agent.stop();
  }

  private static JsonNode snapshot(String overall, String findings) {
    return JSON.readTree(
        "{\"overall\": \""
            + overall
            + "\", \"summary\": \"s-"
            + overall
            + "\", \"self\": {\"ips\": [\"100.64.0.7\"]}, \"peers\": [], \"findings\": ["
            + findings
            + "]}");
  }

  private static final String OFFLINE =
      "{\"code\": \"peer-offline\", \"severity\": \"critical\", \"subject\": \"p\", \"title\":"
          + " \"Peer offline\", \"remedy\": \"Wake it\", \"repair\": null, \"fixer\": \"peer-owner\"}";

  @Test
  void greyUntilTheFirstSnapshotThenFollowsSnapshotsAndLosses() {
    agent.start(view);
    Eventually.await(() -> view.last() != null);
    assertThat(view.last().icon()).isEqualTo(IconState.SERVICE_UNREACHABLE);

    service.listener.connected();
    service.listener.event("snapshot", snapshot("ok", ""));
    Eventually.await(() -> view.last().icon() == IconState.OK);
    assertThat(view.last().tooltip()).isEqualTo("Bridge Link: s-ok");

    service.listener.event("snapshot", snapshot("down", OFFLINE));
    service.listener.event(
        "transition", JSON.readTree("{\"kind\": \"raised\", \"finding\": " + OFFLINE + "}"));
    Eventually.await(() -> view.last().icon() == IconState.DOWN);
    Eventually.await(() -> !view.notified.isEmpty());
    assertThat(view.notified.get(0).title()).isEqualTo("Peer offline (p)");

    service.listener.disconnected("gone");
    Eventually.await(() -> view.last().icon() == IconState.SERVICE_UNREACHABLE);
    Eventually.untilAsserted(
        () ->
            assertThat(view.notified)
                .extracting(Notification::title)
                .contains("Bridge Link service not running"));
    assertThat(service.requests).contains("repair.list");
  }

  @Test
  void theStatusWindowFollowsEverySnapshotAndTheLossOfTheService() {
    List<String> followed = new CopyOnWriteArrayList<>();
    agent.followSnapshots(s -> followed.add(s == null ? "lost" : s.overall()));
    agent.start(view);
    service.listener.connected();
    service.listener.event("snapshot", snapshot("ok", ""));
    service.listener.event("snapshot", snapshot("down", OFFLINE));
    service.listener.disconnected("gone");
    Eventually.await(() -> followed.size() == 3);
    assertThat(followed).containsExactly("ok", "down", "lost");
  }

  @Test
  void anIncompatibleServiceIsShownUntilAGoodSnapshotArrives() {
    agent.start(view);
    service.listener.unusable("update the tray");
    Eventually.await(
        () -> view.last() != null && view.last().tooltip().equals("Bridge Link: update the tray"));
    service.listener.event("snapshot", snapshot("ok", ""));
    Eventually.await(() -> view.last().icon() == IconState.OK);
  }

  @Test
  void malformedSnapshotsAndOtherEventsAreIgnored() {
    agent.start(view);
    service.listener.event("snapshot", JSON.readTree("[1]"));
    service.listener.event("transition", JSON.readTree("{}"));
    service.listener.event("snapshot", snapshot("degraded", ""));
    Eventually.await(() -> view.last() != null && view.last().icon() == IconState.DEGRADED);
  }

  @Test
  void menuCommandsReachTheDesktopTheServiceAndTheUserRepairs() {
    service.results.put("diag.create", JSON.readTree("{\"path\": \"/tmp/bundle.zip\"}"));
    service.results.put(
        "repair.run",
        JSON.readTree("{\"ok\": true, \"message\": \"Port opened\", \"cleared\": true}"));
    agent.start(view);

    agent.accept(new TrayCommand(CommandKind.COPY_TAILSCALE_IP, "100.64.0.7", null));
    agent.accept(TrayCommand.of(CommandKind.OPEN_ADMIN_CONSOLE));
    agent.accept(TrayCommand.of(CommandKind.OPEN_STATUS_WINDOW));
    agent.accept(TrayCommand.of(CommandKind.CREATE_DIAGNOSTICS));
    agent.accept(new TrayCommand(CommandKind.RUN_REPAIR, "open-inbound-port", "3389"));
    agent.accept(new TrayCommand(CommandKind.RUN_REPAIR, "reauthenticate", null));

    Eventually.await(() -> view.notified.size() == 3);
    assertThat(desktop)
        .containsExactly(
            "clipboard 100.64.0.7",
            "browse https://login.tailscale.com/admin/machines",
            "user repair reauthenticate null null");
    assertThat(windows.get()).isEqualTo(1);
    assertThat(service.requests)
        .containsExactly(
            "diag.create",
            "repair.run {\"id\":\"open-inbound-port\",\"findingKey\":null,\"subject\":\"3389\","
                + "\"options\":{}}");
    assertThat(view.notified)
        .extracting(Notification::message)
        .containsExactlyInAnyOrder("Saved to /tmp/bundle.zip", "Port opened", "Signed in.");
  }

  @Test
  void aRemedyClickOpensTheWindowOnItsFinding() {
    List<String> opened = new CopyOnWriteArrayList<>();
    agent.openFindingsWith(opened::add);
    agent.start(view);
    agent.accept(new TrayCommand(CommandKind.OPEN_STATUS_WINDOW, null, null, "peer-offline/p"));
    agent.accept(TrayCommand.of(CommandKind.OPEN_STATUS_WINDOW));
    Eventually.await(() -> windows.get() == 1);
    assertThat(opened).containsExactly("peer-offline/p");
  }

  @Test
  void aRefusedRepairIsReportedNotThrown() {
    agent.start(view);
    agent.accept(new TrayCommand(CommandKind.RUN_REPAIR, "restart-tailscaled", null));
    Eventually.await(() -> view.notified.size() == 1);
    assertThat(view.notified.get(0).message()).isEqualTo("Failed: not for you");
  }

  @Test
  void quietToggleRerendersAndQuitStopsEverything() {
    agent.start(view);
    agent.accept(TrayCommand.of(CommandKind.TOGGLE_QUIET));
    Eventually.await(() -> view.rendered.size() == 2);
    agent.accept(TrayCommand.of(CommandKind.QUIT));
    Eventually.await(() -> quits.get() == 1);
    assertThat(service.closed).isTrue();
  }

  @Test
  void repairListRunsInDecidesWhereARepairRuns() {
    service.results.put(
        "repair.list",
        JSON.readTree(
            "{\"repairs\": [{\"id\": \"reauthenticate\", \"runsIn\": \"service\","
                + " \"allowed\": true}, {\"id\": \"accept-dns\", \"runsIn\": \"tray\","
                + " \"allowed\": true}]}"));
    service.results.put("repair.run", JSON.readTree("{\"ok\": true, \"message\": \"ok\"}"));
    agent.start(view);
    service.listener.connected();
    Eventually.await(() -> service.requests.contains("repair.list"));
    // The service says where each runs, whatever the tray's own list says.
    agent.accept(new TrayCommand(CommandKind.RUN_REPAIR, "reauthenticate", null));
    agent.accept(
        new TrayCommand(CommandKind.RUN_REPAIR, "accept-dns", "peer", "dns-not-accepted/peer"));
    Eventually.await(() -> view.notified.size() == 2);
    assertThat(desktop).containsExactly("user repair accept-dns peer dns-not-accepted/peer");
    assertThat(service.requests)
        .containsExactly(
            "repair.list",
            "repair.run {\"id\":\"reauthenticate\",\"findingKey\":null,\"subject\":null,"
                + "\"options\":{}}");
  }

  private static String blocked(String port) {
    return "{\"code\": \"local-port-blocked\", \"severity\": \"warning\", \"subject\": \""
        + port
        + "\", \"title\": \"Port blocked\", \"remedy\": \"Allow it\", \"repair\":"
        + " \"open-inbound-port\", \"fixer\": \"service\"}";
  }

  @Test
  void theFixOfTheSecondBlockedPortNamesTheSecondFinding() {
    service.results.put(
        "repair.list",
        JSON.readTree(
            "{\"repairs\": [{\"id\": \"open-inbound-port\", \"title\": \"Open the port\","
                + " \"runsIn\": \"service\", \"allowed\": true}]}"));
    service.results.put("repair.run", JSON.readTree("{\"ok\": true, \"message\": \"ok\"}"));
    agent.start(view);
    service.listener.connected();
    Eventually.await(() -> service.requests.contains("repair.list"));
    service.listener.event(
        "snapshot", snapshot("degraded", blocked("3389") + ", " + blocked("8080")));
    Eventually.await(() -> fixes(view.last()).size() == 2);

    agent.accept(fixes(view.last()).get(1));

    Eventually.await(() -> service.requests.size() == 2);
    assertThat(service.requests.get(1))
        .isEqualTo(
            "repair.run {\"id\":\"open-inbound-port\",\"findingKey\":\"local-port-blocked/8080\","
                + "\"subject\":\"8080\",\"options\":{}}");
  }

  private static final String SIGNED_OUT =
      "{\"code\": \"needs-login\", \"severity\": \"critical\", \"subject\": null, \"title\":"
          + " \"Signed out\", \"remedy\": \"Sign in\", \"repair\": \"reauthenticate\","
          + " \"fixer\": \"tray-user\"}";

  private static JsonNode ownedBy(String sid, String findings) {
    return JSON.readTree(
        "{\"overall\": \"down\", \"summary\": \"s\", \"self\": {\"ips\": [\"100.64.0.7\"],"
            + " \"profileOwnerSid\": \""
            + sid
            + "\"}, \"peers\": [], \"findings\": ["
            + findings
            + "]}");
  }

  private TrayAgent agentOf(String ownSid) {
    return new TrayAgent(
        service,
        new DesktopActions() {
          @Override
          public void copyToClipboard(String text) {}

          @Override
          public void browse(URI page) {}
        },
        new UserRepairs() {
          @Override
          public boolean handles(String repairId) {
            return "reauthenticate".equals(repairId);
          }

          @Override
          public Optional<String> run(
              String repairId, String subject, String findingKey, LocalApiTarget target) {
            desktop.add("user repair " + repairId);
            return Optional.of("Signed in.");
          }
        },
        windows::incrementAndGet,
        quits::incrementAndGet,
        Clock.systemUTC(),
        ownSid);
  }

  @Test
  void userRepairsAreRefusedWhenAnotherWindowsUserOwnsTheProfile() {
    TrayAgent bob = agentOf("S-1-5-21-1-2-3-1002");
    try {
      bob.start(view);
      service.listener.event("snapshot", ownedBy("S-1-5-21-1-2-3-1001", SIGNED_OUT));
      Eventually.await(() -> view.last() != null && view.last().icon() == IconState.DOWN);
      assertThat(fixes(view.last())).isEmpty();
      assertThat(TrayPresenterTexts.of(view.last()))
          .contains("Sign in to Windows as the Tailscale profile's owner to fix this.");
      assertThat(bob.repairAccess().ownsProfile()).isFalse();
      // a stale click (the menu of a moment ago) does not run it either
      assertThatThrownBy(
              () ->
                  bob.repair(new TrayCommand(CommandKind.RUN_REPAIR, "reauthenticate", null))
                      .join())
          .hasMessageContaining("profile's owner");
      assertThat(desktop).isEmpty();

      // the same user, whatever the case of the SID: offered, and it runs
      service.listener.event("snapshot", ownedBy("s-1-5-21-1-2-3-1002", SIGNED_OUT));
      Eventually.await(() -> fixes(view.last()).size() == 1);
      assertThat(bob.repair(fixes(view.last()).get(0)).join()).isEqualTo("Signed in.");
      assertThat(desktop).containsExactly("user repair reauthenticate");
    } finally {
      bob.stop();
    }
  }

  @Test
  void theWindowsFixTakesTheMenusPathAndGetsTheServicesVerifiedResult() {
    service.results.put(
        "repair.run",
        JSON.readTree(
            "{\"ok\": true, \"message\": \"Verified: port 3389 answers; the problem is gone.\","
                + " \"cleared\": true}"));
    agent.start(view);
    String result =
        agent
            .repair(
                new TrayCommand(
                    CommandKind.RUN_REPAIR, "open-inbound-port", "3389", "local-port-blocked/3389"))
            .join();
    assertThat(result).isEqualTo("Verified: port 3389 answers; the problem is gone.");
    assertThat(service.requests)
        .containsExactly(
            "repair.run {\"id\":\"open-inbound-port\",\"findingKey\":\"local-port-blocked/3389\","
                + "\"subject\":\"3389\",\"options\":{}}");
    // the user repair's own result comes back the same way
    assertThat(agent.repair(new TrayCommand(CommandKind.RUN_REPAIR, "reauthenticate", null)).join())
        .isEqualTo("Signed in.");
  }

  @Test
  void transitionsAndRepairsBecomeRecentEvents() {
    List<Integer> followed = new CopyOnWriteArrayList<>();
    agent.followEvents(() -> followed.add(1));
    agent.start(view);
    service.listener.event(
        "transition",
        JSON.readTree(
            "{\"kind\": \"raised\", \"time\": \"2026-12-03T19:45:12Z\", \"finding\": "
                + OFFLINE
                + "}"));
    service.listener.event(
        "repair",
        JSON.readTree(
            "{\"repair\": \"restart-tailscaled\", \"status\": \"succeeded\", \"message\":"
                + " \"Verified: the problem is gone.\", \"cleared\": true}"));
    service.listener.event(
        "transition",
        JSON.readTree(
            "{\"kind\": \"cleared\", \"time\": \"2026-12-03T19:45:40Z\", \"finding\": "
                + OFFLINE
                + "}"));
    Eventually.await(() -> agent.recentEvents().size() == 3);
    assertThat(agent.recentEvents())
        .extracting(EventLine::text)
        .containsExactly(
            "Cleared: Peer offline (p)",
            "Repair done: Restart Tailscale: Verified: the problem is gone.",
            "Raised: Critical: Peer offline (p)");
    assertThat(agent.recentEvents().get(0).time()).isEqualTo(Instant.parse("2026-12-03T19:45:40Z"));
    Eventually.await(() -> followed.size() == 3);
  }

  /** The commands of the menu's "Fix" entries, in menu order. */
  private static List<TrayCommand> fixes(TrayModel model) {
    List<TrayCommand> out = new ArrayList<>();
    if (model == null) {
      return out;
    }
    for (MenuEntry entry : model.menu()) {
      if (entry instanceof MenuEntry.Submenu submenu) {
        for (MenuEntry item : submenu.items()) {
          if (item instanceof MenuEntry.Action action
              && action.command().kind() == CommandKind.RUN_REPAIR) {
            out.add(action.command());
          }
        }
      }
    }
    return out;
  }
}
