package com.maemuki.bridgelink.tray;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiAddress;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.testkit.localapi.LocalApiSimulator;
import com.maemuki.bridgelink.testkit.localapi.SampleTailnet;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.action.InProcessUserRepairs;
import com.maemuki.bridgelink.tray.model.CommandKind;
import com.maemuki.bridgelink.tray.model.Notification;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A "Fix" click for a user repair runs in the tray's own process against the tailscaled the service
 * said it watches: the LocalAPI simulator on a non-default socket, named only in the snapshot's
 * {@code localApi}. The tray's own guess (tailscaled's usual address) has nothing there.
 */
class TrayUserRepairTest {

  private static final JsonMapper JSON = JsonMapper.shared();

  @TempDir Path dir;
  private LocalApiSimulator simulator;
  private final FakeServiceConnection service = new FakeServiceConnection();
  private final RecordingTrayView view = new RecordingTrayView();
  private final List<String> clipboard = new CopyOnWriteArrayList<>();
  private TrayAgent agent;

  @BeforeEach
  void start() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    simulator =
        LocalApiSimulator.start(elsewhere.resolve("tailscaled.sock"), SampleTailnet.office());
    DesktopActions desktop =
        new DesktopActions() {
          @Override
          public void copyToClipboard(String text) {
            clipboard.add(text);
          }

          @Override
          public void browse(URI page) {
            throw new AssertionError("no page expected, got " + page);
          }
        };
    LocalApiTarget usual = new LocalApiTarget(LocalApiAddress.parse(dir + "/usual.sock"), 0);
    agent =
        new TrayAgent(
            service,
            desktop,
            new InProcessUserRepairs(desktop, usual),
            () -> {},
            () -> {},
            Clock.systemUTC());
    agent.start(view);
  }

  @AfterEach
  void stop() throws Exception {
    if (agent != null) {
      agent.stop();
    }
    simulator.close();
  }

  private void snapshotNaming(String address) {
    ObjectNode snapshot =
        (ObjectNode)
            JSON.readTree(
                "{\"overall\": \"degraded\", \"summary\": \"s\", \"self\": {\"ips\": []},"
                    + " \"peers\": [], \"findings\": [{\"code\": \"dns-not-accepted\","
                    + " \"severity\": \"warning\", \"subject\": null, \"title\": \"DNS\","
                    + " \"remedy\": \"r\", \"repair\": \"accept-dns\", \"fixer\": \"tray-user\"}]}");
    if (address != null) {
      snapshot.put("localApi", address).put("servicePid", 4242);
    }
    service.listener.event("snapshot", snapshot);
  }

  /** What the tray said about repairs (the snapshot's own finding is notified too). */
  private List<String> repairMessages() {
    return view.notified.stream()
        .filter(n -> n.title().startsWith("Repair "))
        .map(Notification::message)
        .toList();
  }

  private void clickFix(String repair, String subject, String findingKey) {
    agent.accept(new TrayCommand(CommandKind.RUN_REPAIR, repair, subject, findingKey));
  }

  @Test
  void aFixClickReachesTheTailscaledTheServiceReported() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    snapshotNaming(simulator.socketPath().toString());

    clickFix("accept-dns", null, "dns-not-accepted");

    Eventually.await(() -> !repairMessages().isEmpty());
    assertThat(repairMessages())
        .containsExactly("This machine now accepts Tailscale's DNS settings.");
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isTrue();
    assertThat(simulator.requests())
        .anyMatch(r -> r.method().equals("PATCH") && r.endpoint().equals("prefs"));
    assertThat(service.requests).doesNotContain("repair.run");
  }

  @Test
  void theShareInstructionsReachTheTraysClipboard() {
    snapshotNaming(simulator.socketPath().toString());
    clickFix("copy-share-instructions", "office-pc", "peer-not-in-tailnet/office-pc");
    Eventually.await(() -> !repairMessages().isEmpty());
    assertThat(repairMessages().get(0))
        .isEqualTo("Copied the instructions for the computer's owner to the clipboard.");
    assertThat(clipboard)
        .singleElement()
        .asString()
        .contains("\"office-pc\"")
        .contains("ops-ws-017.tail4e2b9c.ts.net");
  }

  @Test
  void withoutTheServicesWordTheUsualAddressIsTriedAndTheFailureSaysWhere() {
    simulator.tailnet().pref("CorpDNS", BooleanNode.FALSE);
    snapshotNaming(null);
    clickFix("accept-dns", null, "dns-not-accepted");
    Eventually.await(() -> !repairMessages().isEmpty());
    assertThat(repairMessages().get(0)).startsWith("Failed: ").contains("usual.sock");
    assertThat(simulator.requests()).isEmpty();
    assertThat(simulator.tailnet().prefs().path("CorpDNS").booleanValue()).isFalse();
  }
}
