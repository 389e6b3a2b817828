package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.PeerStatus;
import java.util.List;
import java.util.Locale;

/** The peers table: name, online, path, latency. */
final class PeersTableModel extends RowsTableModel<PeerStatus> {
  private static final long serialVersionUID = 1L;

  PeersTableModel() {
    super(
        List.of(
            new Column<>("Peer", PeerStatus::name),
            new Column<>("Online", peer -> peer.online() ? "yes" : "no"),
            new Column<>(
                "Path",
                peer ->
                    peer.derpRegion() == null
                        ? peer.path()
                        : peer.path() + " (" + peer.derpRegion() + ")"),
            new Column<>(
                "Latency",
                peer ->
                    peer.latencyMs() == null
                        ? ""
                        : String.format(Locale.ROOT, "%.1f ms", peer.latencyMs()))));
  }
}
