package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.PeerStatus;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;

/** The peers table: name, online, path, latency. */
final class PeersTableModel extends AbstractTableModel {
  private static final long serialVersionUID = 1L;
  private static final String[] COLUMNS = {"Peer", "Online", "Path", "Latency"};
  private transient List<PeerStatus> peers = List.of();

  void set(List<PeerStatus> next) {
    peers = List.copyOf(next);
    fireTableDataChanged();
  }

  PeerStatus at(int row) {
    return peers.get(row);
  }

  @Override
  public int getRowCount() {
    return peers.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column];
  }

  @Override
  public Object getValueAt(int row, int column) {
    PeerStatus peer = peers.get(row);
    switch (column) {
      case 0:
        return peer.name();
      case 1:
        return peer.online() ? "yes" : "no";
      case 2:
        return peer.derpRegion() == null
            ? peer.path()
            : peer.path() + " (" + peer.derpRegion() + ")";
      default:
        return peer.latencyMs() == null
            ? ""
            : String.format(Locale.ROOT, "%.1f ms", peer.latencyMs());
    }
  }
}
