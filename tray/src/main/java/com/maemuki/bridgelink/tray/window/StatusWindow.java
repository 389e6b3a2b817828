package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import java.awt.BorderLayout;
import java.time.ZoneId;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The status window: the frame around {@link StatusPanel}. It follows the service live while open
 * (the agent calls {@link #follow()} on every snapshot and event), so it needs no Refresh button.
 * One window per tray; opening it again brings it forward. Closing only hides it.
 */
public final class StatusWindow {
  private final ServiceConnection service;
  private final StatusSource source;
  private final DesktopActions desktop;
  private JFrame frame;
  private StatusPanel panel;

  public StatusWindow(ServiceConnection service, StatusSource source, DesktopActions desktop) {
    this.service = service;
    this.source = source;
    this.desktop = desktop;
  }

  /** Shows the window (from any thread). */
  public void open() {
    openAt(null);
  }

  /**
   * Shows the window on a finding's details (a remedy clicked in the menu), from any thread.
   *
   * @param findingKey the finding's {@code code/subject}; null to open the window as it is
   */
  public void openAt(String findingKey) {
    SwingUtilities.invokeLater(
        () -> {
          boolean first = frame == null;
          if (first) {
            build();
          }
          panel.refresh();
          boolean shown = findingKey != null && panel.showFinding(findingKey);
          if (!shown
              && first
              && source.latestSnapshot() != null
              && !source.latestSnapshot().findings().isEmpty()) {
            // Opened while something is wrong: the problem first.
            panel.showFinding(0);
          }
          frame.setVisible(true);
          frame.toFront();
        });
  }

  /** A new snapshot, event or the loss of the service: shown at once if the window is open. */
  public void follow() {
    SwingUtilities.invokeLater(
        () -> {
          if (frame != null && frame.isVisible()) {
            panel.refresh();
          }
        });
  }

  /** The content, once built (the docs' screenshot drives it). */
  StatusPanel panel() {
    return panel;
  }

  /** The frame, once built. */
  JFrame frame() {
    return frame;
  }

  private void build() {
    frame = new JFrame("Bridge Link status");
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    // The machine's zone: the events' times are read against the clock on the taskbar.
    panel = new StatusPanel(service, source, desktop, ZoneId.systemDefault());
    frame.getContentPane().add(panel.component(), BorderLayout.CENTER);
    frame.setSize(760, 640);
    frame.setLocationByPlatform(true);
  }
}
