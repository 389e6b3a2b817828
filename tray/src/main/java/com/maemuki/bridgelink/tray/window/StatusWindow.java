package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.ipc.contract.HistoryParams;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.Snapshot;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;

/**
 * The status window: peers on top, findings below, and the selected peer's latency over the last
 * hour. It follows the service live while open (the agent calls {@link #follow()} on every
 * snapshot), so it needs no Refresh button. One window per tray; opening it again brings it
 * forward. Closing only hides it.
 */
public final class StatusWindow {
  private static final int HISTORY_MINUTES = 60;

  private final ServiceConnection service;
  private final Supplier<Snapshot> snapshots;
  private JFrame frame;
  private JLabel summary;
  private PeersTableModel peers;
  private FindingsTableModel findings;
  private JTable peerTable;
  private ChartPanel chart;

  public StatusWindow(ServiceConnection service, Supplier<Snapshot> snapshots) {
    this.service = service;
    this.snapshots = snapshots;
  }

  /** Shows the window (from any thread). */
  public void open() {
    SwingUtilities.invokeLater(
        () -> {
          if (frame == null) {
            build();
          }
          refresh();
          frame.setVisible(true);
          frame.toFront();
        });
  }

  /** A new snapshot (or the loss of the service): shown at once if the window is open. */
  public void follow() {
    SwingUtilities.invokeLater(
        () -> {
          if (frame != null && frame.isVisible()) {
            refresh();
          }
        });
  }

  private void build() {
    frame = new JFrame("Bridge Link status");
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    summary = new JLabel();
    summary.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
    JPanel top = new JPanel(new BorderLayout());
    top.add(summary, BorderLayout.CENTER);

    peers = new PeersTableModel();
    peerTable = new JTable(peers);
    peerTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    peerTable
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                loadChart();
              }
            });
    findings = new FindingsTableModel();
    JTable findingTable = new JTable(findings);
    chart = new ChartPanel(LatencyChart.create("no peer selected", List.of()));
    chart.setPreferredSize(new Dimension(720, 260));

    JSplitPane tables =
        new JSplitPane(
            JSplitPane.VERTICAL_SPLIT, new JScrollPane(peerTable), new JScrollPane(findingTable));
    tables.setResizeWeight(0.4);
    JSplitPane all = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tables, chart);
    all.setResizeWeight(0.5);
    frame.getContentPane().add(top, BorderLayout.NORTH);
    frame.getContentPane().add(all, BorderLayout.CENTER);
    frame.setSize(760, 640);
    frame.setLocationByPlatform(true);
  }

  private void refresh() {
    Snapshot snapshot = snapshots.get();
    if (snapshot == null) {
      summary.setText("The Bridge Link service is not running.");
      peers.set(List.of());
      findings.set(List.of());
      return;
    }
    summary.setText(snapshot.summary());
    int selected = peerTable.getSelectedRow();
    peers.set(snapshot.peers());
    findings.set(snapshot.findings());
    if (!snapshot.peers().isEmpty()) {
      int row = selected >= 0 && selected < snapshot.peers().size() ? selected : 0;
      peerTable.setRowSelectionInterval(row, row);
    }
  }

  private void loadChart() {
    int row = peerTable.getSelectedRow();
    if (row < 0) {
      return;
    }
    PeerStatus peer = peers.at(row);
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
}
