package com.maemuki.bridgelink.tray.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.maemuki.bridgelink.tray.model.FindingStatus;
import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.Severity;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.TableModel;
import org.junit.jupiter.api.Test;

/** What the status window's two tables show, cell by cell. */
class TableModelsTest {

  private static List<List<Object>> cells(TableModel model) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>();
    for (int c = 0; c < model.getColumnCount(); c++) {
      header.add(model.getColumnName(c));
    }
    rows.add(header);
    for (int r = 0; r < model.getRowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < model.getColumnCount(); c++) {
        row.add(model.getValueAt(r, c));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void peers() {
    PeersTableModel model = new PeersTableModel();
    assertThat(model.getRowCount()).isZero();
    PeerStatus relayed =
        new PeerStatus(
            "bridge-peer", "online", "derp", "fra", 12.345, List.of("fd7a::2", "100.64.0.2"), true);
    model.set(
        List.of(
            relayed,
            new PeerStatus("nas", false, "direct", null, 3.0),
            new PeerStatus("laptop", "unknown", "direct", null, 3.0, List.of("100.64.0.5"), true),
            new PeerStatus("relay", "online", "peer-relay", null, 7.25, List.of(), true)));
    // The menu's words (PeerWords): a peer nobody can see is "unknown", never "offline", and
    // only an online peer has a path and a latency.
    assertThat(cells(model))
        .containsExactly(
            List.of("Peer", "State", "Path", "Latency", "Tailscale IP"),
            List.of("bridge-peer", "online", "relayed via DERP fra", "12 ms", "100.64.0.2"),
            List.of("nas", "offline", "unknown", "", ""),
            List.of("laptop", "unknown", "unknown", "", "100.64.0.5"),
            List.of("relay", "online", "peer relay", "7.3 ms", ""));
    assertThat(model.at(0)).isEqualTo(relayed);
  }

  @Test
  void findings() {
    FindingsTableModel model = new FindingsTableModel();
    model.set(
        List.of(
            new FindingStatus(
                "path-relayed",
                Severity.WARNING,
                "bridge-peer",
                "Relayed",
                "Open UDP 41641",
                null,
                "peer-owner"),
            new FindingStatus(
                "backend-stopped",
                Severity.CRITICAL,
                null,
                "Tailscale is off",
                "Connect",
                "tailscale-up",
                "tray-user")));
    assertThat(cells(model))
        .containsExactly(
            List.of("Severity", "Finding", "About", "What to do"),
            List.of("warning", "Relayed", "bridge-peer", "Open UDP 41641"),
            List.of("critical", "Tailscale is off", "", "Connect"));
  }
}
