package com.maemuki.bridgelink.tray.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tray.model.CommandKind;
import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.RepairAccess;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status window's content as a person uses it: select, read, click. Built without a frame, so
 * it runs without a display; everything happens on the Swing thread, as in the tray.
 */
class StatusPanelTest {
  private final WindowFixtures.Source source = new WindowFixtures.Source();
  private final WindowFixtures.Service service = new WindowFixtures.Service();
  private final WindowFixtures.Desktop desktop = new WindowFixtures.Desktop();
  private StatusPanel panel;

  @BeforeAll
  static void headlessUnlessThereIsADisplay() {
    if (System.getenv("DISPLAY") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static void onEdt(Runnable task) {
    try {
      SwingUtilities.invokeAndWait(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  private static <T> T onEdt(java.util.function.Supplier<T> read) {
    AtomicReference<T> value = new AtomicReference<>();
    onEdt(() -> value.set(read.get()));
    return value.get();
  }

  private void open() {
    onEdt(
        () -> {
          panel = new StatusPanel(service, source, desktop, ZoneId.of("Asia/Tokyo"));
          panel.refresh();
        });
  }

  @Test
  void aSelectedFindingShowsEverythingAndItsFixRunsAndShowsTheVerifiedResult() {
    open();
    onEdt(() -> panel.showFinding(0));
    FindingDetailPane detail = panel.detail();
    assertThat(onEdt(detail::titleText))
        .isEqualTo("Critical: " + WindowFixtures.BLOCKED.title() + " (3389)");
    assertThat(onEdt(detail::factsText)).isEqualTo(WindowFixtures.BLOCKED.detail());
    assertThat(onEdt(detail::remedyText)).isEqualTo(WindowFixtures.BLOCKED.remedy());
    assertThat(onEdt(detail::whoFixesText)).isEqualTo("The Bridge Link service can fix this.");
    assertThat(onEdt(() -> detail.fixButton().isVisible())).isTrue();
    assertThat(onEdt(() -> detail.fixButton().getText())).isEqualTo("Fix: Open port 3389");

    onEdt(() -> detail.fixButton().doClick());
    // the menu's command for this very finding
    assertThat(source.repairs)
        .containsExactly(
            new TrayCommand(
                CommandKind.RUN_REPAIR, "open-inbound-port", "3389", "local-port-blocked/3389"));
    assertThat(onEdt(detail::resultText)).isEqualTo("Running: Open port 3389…");
    assertThat(onEdt(() -> detail.fixButton().isEnabled())).isFalse();

    source.nextResult.complete("Verified: port 3389 answers from Tailscale; the problem is gone.");
    onEdt(() -> {}); // the result is shown on the Swing thread
    assertThat(onEdt(detail::resultText))
        .isEqualTo("Verified: port 3389 answers from Tailscale; the problem is gone.");

    // the next snapshot no longer has it: the text and the result stay, the button goes
    source.snapshot = WindowFixtures.snapshot(WindowFixtures.RELAYED);
    onEdt(panel::refresh);
    assertThat(onEdt(detail::resultText))
        .isEqualTo(
            "Verified: port 3389 answers from Tailscale; the problem is gone.\n"
                + FindingDetailPane.NO_LONGER_ACTIVE);
    assertThat(onEdt(() -> detail.fixButton().isVisible())).isFalse();
    assertThat(onEdt(detail::titleText)).contains("blocks port 3389");
  }

  @Test
  void aRemedyClickedInTheMenuShowsThatFinding() {
    open();
    assertThat(onEdt(() -> panel.showFinding("path-relayed/bridge-peer"))).isTrue();
    assertThat(onEdt(panel.detail()::titleText))
        .isEqualTo("Warning: " + WindowFixtures.RELAYED.title() + " (bridge-peer)");
    assertThat(onEdt(panel.detail()::factsText))
        .isEqualTo("relayed via DERP fra for 12 minutes; 41 ms");
    assertThat(onEdt(panel.detail()::whoFixesText))
        .isEqualTo("The owner of the shared computer must fix this.");
    // cleared meanwhile: nothing to show, and the caller falls back
    assertThat(onEdt(() -> panel.showFinding("peer-offline/bridge-peer"))).isFalse();
  }

  @Test
  void aFailedFixSaysWhy() {
    open();
    onEdt(() -> panel.showFinding(0));
    onEdt(() -> panel.detail().fixButton().doClick());
    source.nextResult.completeExceptionally(new IllegalStateException("access denied"));
    onEdt(() -> {});
    assertThat(onEdt(panel.detail()::resultText)).isEqualTo("Failed: access denied");
    assertThat(onEdt(() -> panel.detail().fixButton().isEnabled())).isTrue();
  }

  @Test
  void noFixButtonWhenTheUserMayNotRunTheRepair() {
    source.access = RepairAccess.of(Map.of());
    open();
    onEdt(() -> panel.showFinding(0));
    assertThat(onEdt(() -> panel.detail().fixButton().isVisible())).isFalse();
    // a user repair while another Windows user owns the profile: the words instead of the button
    source.access = new RepairAccess(Map.of(), Set.of("open-inbound-port"), false);
    onEdt(() -> panel.showFinding(1));
    onEdt(() -> panel.showFinding(0));
    assertThat(onEdt(() -> panel.detail().fixButton().isVisible())).isFalse();
    assertThat(onEdt(panel.detail()::whoFixesText)).endsWith(RepairAccess.NOT_PROFILE_OWNER);
    assertThat(source.repairs).isEmpty();
  }

  @Test
  void peersCanBeCopiedAndCheckedAndAPeerWithoutPortsSaysSo() {
    open();
    // the first peer is selected: its chart is loaded
    assertThat(service.requests)
        .containsExactly("history.get {\"peer\":\"bridge-peer\",\"minutes\":60}");
    onEdt(() -> panel.copyNameButton().doClick());
    onEdt(() -> panel.copyIpButton().doClick());
    assertThat(desktop.copied).containsExactly("bridge-peer", "100.64.0.2");
    assertThat(onEdt(panel::peerStatusText)).isEqualTo("Copied 100.64.0.2");

    onEdt(() -> panel.checkNowButton().doClick());
    onEdt(() -> {});
    assertThat(service.requests).contains("check.now");
    assertThat(onEdt(panel::peerStatusText)).isEqualTo("Check started; the results follow.");
    // the next snapshot keeps the peer selected and its chart live
    onEdt(panel::refresh);
    assertThat(service.requests)
        .filteredOn(r -> r.startsWith("history.get"))
        .containsExactly(
            "history.get {\"peer\":\"bridge-peer\",\"minutes\":60}",
            "history.get {\"peer\":\"bridge-peer\",\"minutes\":60}");

    // nas has no application ports: a sentence, not an empty chart, and no history asked for
    onEdt(() -> panel.peerTable().setRowSelectionInterval(1, 1));
    assertThat(onEdt(panel::chartNoteText)).isEqualTo("nas: no application ports configured");
    assertThat(service.requests).noneMatch(r -> r.contains("nas"));
    // laptop has no address the service could tell: nothing to copy
    onEdt(() -> panel.peerTable().setRowSelectionInterval(2, 2));
    assertThat(onEdt(() -> panel.copyIpButton().isEnabled())).isFalse();
    assertThat(onEdt(panel::chartNoteText)).isNull();
  }

  @Test
  void recentEventsShowTheMachinesLocalTime() {
    source.events =
        List.of(
            new EventLine(WindowFixtures.T.plusSeconds(9), "Cleared: Peer offline (bridge-peer)"),
            new EventLine(WindowFixtures.T, "Raised: Critical: Peer offline (bridge-peer)"));
    open();
    assertThat(onEdt(panel::eventsText))
        .isEqualTo(
            "04:45:21  Cleared: Peer offline (bridge-peer)\n"
                + "04:45:12  Raised: Critical: Peer offline (bridge-peer)");
    source.events = List.of();
    onEdt(panel::refresh);
    assertThat(onEdt(panel::eventsText)).isEqualTo(StatusPanel.NO_EVENTS);
  }

  @Test
  void withoutTheServiceTheWindowSaysSo() {
    open();
    source.snapshot = null;
    onEdt(panel::refresh);
    assertThat(onEdt(panel::summaryText)).isEqualTo(StatusPanel.NOT_RUNNING);
    assertThat(onEdt(() -> panel.peerTable().getRowCount())).isZero();
    assertThat(onEdt(() -> panel.checkNowButton().isEnabled())).isFalse();
  }

  /**
   * The facts and the title are wider than the pane: they wrap onto more lines, all of them shown.
   * Drawn off screen into target/screenshots/status-detail.png.
   */
  @Test
  void theDetailPaneWrapsInsteadOfCutting() throws Exception {
    open();
    BufferedImage image = new BufferedImage(560, 420, BufferedImage.TYPE_INT_RGB);
    AtomicReference<int[]> facts = new AtomicReference<>();
    onEdt(
        () -> {
          panel.showFinding(0);
          Component pane = panel.detail().component();
          pane.setSize(560, 420);
          // twice, as a shown window does: a wrapping text's height follows its width
          layOut(pane);
          layOut(pane);
          Graphics2D g = image.createGraphics();
          pane.paint(g);
          g.dispose();
          JTextArea area = panel.detail().factsArea();
          int lineHeight = area.getFontMetrics(area.getFont()).getHeight();
          facts.set(
              new int[] {
                area.getWidth(), area.getHeight(), area.getPreferredSize().height, lineHeight
              });
        });
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    File file = shots.resolve("status-detail.png").toFile();
    ImageIO.write(image, "png", file);
    int width = facts.get()[0];
    int height = facts.get()[1];
    int wanted = facts.get()[2];
    int line = facts.get()[3];
    assertThat(width).isLessThanOrEqualTo(560);
    assertThat(height).isGreaterThanOrEqualTo(2 * line).isGreaterThanOrEqualTo(wanted);
  }

  private static void layOut(Component c) {
    if (c instanceof Container) {
      Container container = (Container) c;
      container.doLayout();
      for (Component child : container.getComponents()) {
        layOut(child);
      }
    }
  }
}
