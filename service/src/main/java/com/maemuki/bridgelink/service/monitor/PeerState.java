package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.observation.PeerProbes;
import com.maemuki.bridgelink.service.probe.TcpOutcome;
import com.maemuki.bridgelink.tailscale.model.PeerPresence;
import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.Locale;

/**
 * What the snapshot says about a watched peer ({@link PeerView#state()}), for {@code status},
 * {@code run} and the tray alike. Peer facts are judged only while this machine is Running in a map
 * poll; otherwise they are frozen and the state is {@link #UNKNOWN}, never "offline".
 */
public enum PeerState {
  /** Control reports it online, or it answered our own connect or ping. */
  ONLINE,
  /**
   * Control reports it offline (with a last-seen time), or neither connects nor a ping answered.
   */
  OFFLINE,
  /** Not judged: this machine is not Running in a map poll, or nobody can tell yet. */
  UNKNOWN,
  /** This machine's current peer list has no node of that name. */
  NOT_VISIBLE,
  /** Only a sharee node of that name: we shared ours to them, they have not shared theirs. */
  NOT_SHARED;

  /** {@code online}, {@code offline}, {@code unknown}, {@code not-visible}, {@code not-shared}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The state as the snapshot's {@code online} flag: null unless online or offline. */
  public Boolean online() {
    return this == ONLINE ? Boolean.TRUE : this == OFFLINE ? Boolean.FALSE : null;
  }

  /**
   * @param status the current status, or null when the poll failed
   * @param match the watched peer's entry in it, or null
   * @param round our last probe round for it, or null
   */
  public static PeerState of(Status status, PeerStatus match, PeerProbes round) {
    if (status == null || !status.peersCurrent()) {
      return UNKNOWN;
    }
    if (match == null) {
      return status.listsPeers() ? NOT_VISIBLE : UNKNOWN;
    }
    if (match.shareeNode()) {
      return NOT_SHARED;
    }
    if (match.presence() == PeerPresence.OFFLINE) {
      return OFFLINE;
    }
    if (round != null && !round.ports().isEmpty()) {
      boolean answered =
          round.ports().stream().anyMatch(r -> r.ok() || r.outcome() == TcpOutcome.REFUSED);
      if (answered || (round.ping() != null && round.ping().replied())) {
        return ONLINE;
      }
      if (round.ping() != null) {
        return OFFLINE;
      }
    }
    return match.presence() == PeerPresence.ONLINE ? ONLINE : UNKNOWN;
  }
}
