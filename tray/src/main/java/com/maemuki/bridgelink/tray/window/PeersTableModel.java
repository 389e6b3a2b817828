package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.PeerStatus;
import com.maemuki.bridgelink.tray.model.PeerWords;
import java.util.List;

/** The peers table: name, state, path and latency in the menu's words, Tailscale IP. */
final class PeersTableModel extends RowsTableModel<PeerStatus> {
  private static final long serialVersionUID = 1L;

  PeersTableModel() {
    super(
        List.of(
            new Column<>("Peer", PeerStatus::name),
            new Column<>("State", PeerWords::state),
            new Column<>("Path", PeerWords::path),
            new Column<>(
                "Latency", peer -> peer.online() ? PeerWords.latency(peer.latencyMs()) : ""),
            new Column<>(
                "Tailscale IP", peer -> peer.tailscaleIp() == null ? "" : peer.tailscaleIp())));
  }
}
