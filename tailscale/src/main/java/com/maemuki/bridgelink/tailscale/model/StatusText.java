package com.maemuki.bridgelink.tailscale.model;

import java.util.List;

/**
 * What {@code tailscale status} (text) says: either the node table (this node first) or, when
 * tailscaled is not running normally, the state it prints instead, plus {@code # Health check:}
 * lines.
 *
 * @param state the state; {@link BackendState#RUNNING} when the table is printed
 * @param authUrl the {@code Log in at:} URL, or null
 * @param daemonError the CLI's "failed to connect to local tailscaled…" text, or null
 * @param nodes the table's rows as PeerStatus (only the fields the text shows), self first
 */
public record StatusText(
    BackendState state,
    String authUrl,
    List<String> health,
    String daemonError,
    List<PeerStatus> nodes) {

  public StatusText {
    health = List.copyOf(health);
    nodes = List.copyOf(nodes);
  }

  /**
   * As a {@link Status}: Self is the first row and the rest are peers; without rows the peer list
   * is unknown (null), not empty.
   */
  public Status toStatus() {
    PeerStatus self = nodes.isEmpty() ? null : nodes.get(0);
    List<PeerStatus> peers = nodes.isEmpty() ? null : nodes.subList(1, nodes.size());
    return new Status(
        "",
        state.wireName(),
        authUrl,
        self == null ? null : self.tailscaleIps(),
        self,
        health,
        null,
        null,
        peers,
        null);
  }
}
