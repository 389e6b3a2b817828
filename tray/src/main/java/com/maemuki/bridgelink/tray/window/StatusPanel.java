package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.ipc.contract.HistoryParams;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.tray.action.DesktopActions;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.FindingDetail;
import com.maemuki.bridgelink.tray.model.FindingStatus;
import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.Snapshot;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;

/**
 * The status window's content, apart from its frame (so it is built and tested without a display):
 * the summary, then three tabs. Peers: the table, copy name / copy Tailscale IP / check now, and
 * the selected peer's latency over the last hour. Findings: the table and the selected finding's
 * details with its Fix. Recent events: the last transitions and repairs, newest first, in the
 * machine's local time. Swing thread only.
 */
final class StatusPanel {
  static final String NO_PORTS = "no application ports configured";
  static final String NOT_RUNNING = "The Bridge Link service is not running.";
  static final String NO_EVENTS = "Nothing has happened since the tray started.";
  private static final int HISTORY_MINUTES = 60;
  private static final String CHART = "chart";
  private static final String NOTE = "note";

  private final ServiceConnection service;
  private final StatusSource source;
  private final DesktopActions desktop;
  private final ZoneId zone;
  private final JPanel root = new JPanel(new BorderLayout());
  private final JTextArea summary = WrappingText.area(false);
  private final PeersTableModel peers = new PeersTableModel();
  private final JTable peerTable = new JTable(peers);
  private final FindingsTableModel findings = new FindingsTableModel();
  private final JTable findingTable = new JTable(findings);
  private final FindingDetailPane detail;
  private final JButton copyName = new JButton("Copy name");
  private final JButton copyIp = new JButton("Copy Tailscale IP");
  private final JButton checkNow = new JButton("Check now");
  private final JLabel peerStatus = new JLabel(" ");
  private final CardLayout chartCards = new CardLayout();
  private final JPanel chartArea = new JPanel(chartCards);
  private final ChartPanel chart;
  private final JLabel chartNote = new JLabel("", SwingConstants.CENTER);
  private final JTextArea events = WrappingText.area(false);
  private final JTabbedPane tabs = new JTabbedPane();

  StatusPanel(ServiceConnection service, StatusSource source, DesktopActions desktop, ZoneId zone) {
    this.service = service;
    this.source = source;
    this.desktop = desktop;
    this.zone = zone;
    this.detail = new FindingDetailPane(d -> source.repair(d.command()));
    summary.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    // A headline, not a field: without focus it shows no caret and takes no Tab stop.
    summary.setFocusable(false);
    root.add(summary, BorderLayout.NORTH);

    peerTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    peerTable
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                peerSelected();
              }
            });
    copyName.addActionListener(e -> copy(selectedPeer() == null ? null : selectedPeer().name()));
    copyIp.addActionListener(
        e -> copy(selectedPeer() == null ? null : selectedPeer().tailscaleIp()));
    checkNow.addActionListener(e -> checkNow());
    JPanel peerButtons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    peerButtons.add(copyName);
    peerButtons.add(copyIp);
    peerButtons.add(checkNow);
    peerButtons.add(peerStatus);
    chart = new ChartPanel(LatencyChart.create("no peer selected", List.of()));
    chart.setPreferredSize(new Dimension(720, 260));
    chartArea.add(chart, CHART);
    chartArea.add(chartNote, NOTE);
    JPanel peerTop = new JPanel(new BorderLayout());
    peerTop.add(new JScrollPane(peerTable), BorderLayout.CENTER);
    peerTop.add(peerButtons, BorderLayout.SOUTH);
    JSplitPane peersTab = new JSplitPane(JSplitPane.VERTICAL_SPLIT, peerTop, chartArea);
    peersTab.setResizeWeight(0.4);

    findingTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    findingTable
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                findingSelected();
              }
            });
    JSplitPane findingsTab =
        new JSplitPane(
            JSplitPane.VERTICAL_SPLIT, new JScrollPane(findingTable), detail.component());
    findingsTab.setResizeWeight(0.35);

    events.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    tabs.addTab("Peers", peersTab);
    tabs.addTab("Findings", findingsTab);
    tabs.addTab("Recent events", new JScrollPane(events));
    root.add(tabs, BorderLayout.CENTER);
  }

  JPanel component() {
    return root;
  }

  /** Shows the agent's latest snapshot, access and events; keeps the selections by identity. */
  void refresh() {
    Snapshot snapshot = source.latestSnapshot();
    refreshEvents();
    if (snapshot == null) {
      summary.setText(NOT_RUNNING);
      peers.set(List.of());
      findings.set(List.of());
      detail.markGone();
      peerButtons(false);
      return;
    }
    summary.setText(snapshot.summary());
    String peerName = selectedPeer() == null ? null : selectedPeer().name();
    peers.set(snapshot.peers());
    List<String> names = snapshot.peers().stream().map(PeerStatus::name).toList();
    int peerRow = peerName == null ? -1 : names.indexOf(peerName);
    // A peer is always selected (its chart shows); the first when the one selected went away.
    select(peerTable, peerRow < 0 && !names.isEmpty() ? 0 : peerRow);
    String key = detail.shownKey();
    findings.set(snapshot.findings());
    // A finding stays selected while it is active; one that went away is not replaced by another.
    int row =
        key == null
            ? -1
            : snapshot.findings().stream().map(FindingStatus::key).toList().indexOf(key);
    if (row >= 0) {
      select(findingTable, row);
      findingSelected();
    } else {
      detail.markGone();
    }
  }

  private static void select(JTable table, int row) {
    if (row >= 0) {
      table.setRowSelectionInterval(row, row);
    }
  }

  /** Shows the peers tab. */
  void showPeers() {
    tabs.setSelectedIndex(0);
  }

  /**
   * Shows the findings tab with the finding of this key selected.
   *
   * @return false when no active finding has that key (it cleared meanwhile)
   */
  boolean showFinding(String key) {
    for (int row = 0; row < findings.getRowCount(); row++) {
      if (findings.at(row).key().equals(key)) {
        showFinding(row);
        return true;
      }
    }
    return false;
  }

  /** Shows the findings tab with this finding selected (from a remedy clicked in the menu). */
  void showFinding(int row) {
    tabs.setSelectedIndex(1);
    select(findingTable, row);
  }

  private void refreshEvents() {
    List<EventLine> lines = source.recentEvents();
    events.setText(
        lines.isEmpty()
            ? NO_EVENTS
            : lines.stream().map(line -> line.format(zone)).collect(Collectors.joining("\n")));
    events.setCaretPosition(0);
  }

  private PeerStatus selectedPeer() {
    int row = peerTable.getSelectedRow();
    return row < 0 || row >= peers.getRowCount() ? null : peers.at(row);
  }

  private void peerButtons(boolean enabled) {
    copyName.setEnabled(enabled);
    copyIp.setEnabled(enabled && selectedPeer() != null && selectedPeer().tailscaleIp() != null);
    checkNow.setEnabled(enabled);
  }

  private void peerSelected() {
    PeerStatus peer = selectedPeer();
    peerButtons(peer != null);
    if (peer == null) {
      return;
    }
    if (!peer.hasPorts()) {
      // Nothing is probed, so there is no latency: say why instead of an empty chart.
      chartNote.setText(peer.name() + ": " + NO_PORTS);
      chartCards.show(chartArea, NOTE);
      return;
    }
    chartCards.show(chartArea, CHART);
    // Asked again on every snapshot (the selection is restored then): the chart follows live.
    service
        .request(IpcMethod.HISTORY_GET, new HistoryParams(peer.name(), HISTORY_MINUTES))
        .whenComplete(
            (result, failure) ->
                SwingUtilities.invokeLater(
                    () ->
                        chart.setChart(
                            LatencyChart.create(
                                failure == null ? peer.name() : peer.name() + " (no history)",
                                failure == null ? HistoryReader.read(result) : List.of()))));
  }

  private void findingSelected() {
    int row = findingTable.getSelectedRow();
    if (row < 0 || row >= findings.getRowCount()) {
      return;
    }
    FindingStatus finding = findings.at(row);
    detail.show(finding.key(), FindingDetail.of(finding, source.repairAccess()));
  }

  private void copy(String text) {
    if (text == null) {
      return;
    }
    try {
      desktop.copyToClipboard(text);
      peerStatus.setText("Copied " + text);
    } catch (Exception e) {
      peerStatus.setText("Could not copy: " + e.getMessage());
    }
  }

  /** {@code check.now}: the service checks every peer at once; the new snapshot follows. */
  private void checkNow() {
    checkNow.setEnabled(false);
    peerStatus.setText("Checking…");
    service
        .request(IpcMethod.CHECK_NOW, null)
        .whenComplete(
            (result, failure) ->
                SwingUtilities.invokeLater(
                    () -> {
                      checkNow.setEnabled(true);
                      Throwable cause =
                          failure instanceof CompletionException ? failure.getCause() : failure;
                      peerStatus.setText(
                          cause == null
                              ? "Check started; the results follow."
                              : "Could not check: " + cause.getMessage());
                    }));
  }

  // For the tests: what a person sees.
  FindingDetailPane detail() {
    return detail;
  }

  JTable peerTable() {
    return peerTable;
  }

  JTable findingTable() {
    return findingTable;
  }

  String chartNoteText() {
    return chartNote.isVisible() ? chartNote.getText() : null;
  }

  String eventsText() {
    return events.getText();
  }

  String peerStatusText() {
    return peerStatus.getText();
  }

  JButton copyNameButton() {
    return copyName;
  }

  JButton copyIpButton() {
    return copyIp;
  }

  JButton checkNowButton() {
    return checkNow;
  }

  String summaryText() {
    return summary.getText();
  }
}
