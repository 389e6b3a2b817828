package com.maemuki.bridgelink.tailscale.model;

import java.util.Locale;

/** How traffic to a peer travels right now (DESIGN.md, "Relay detection"). */
public enum PeerPath {
  /** A direct UDP path ({@code CurAddr} set). */
  DIRECT,
  /** Relayed through a DERP server ({@code Relay} names the region). */
  DERP,
  /** Through a Tailscale peer relay ({@code PeerRelay} set). */
  PEER_RELAY,
  /**
   * Sent toward its home DERP region while control reports it offline ({@code Active}, no {@code
   * CurAddr}, {@code Relay} set, {@code Online:false} with a {@code LastSeen}): nothing arrives, so
   * this is not a relayed path (the CLI prints {@code relay "fra"; offline}).
   */
  OFFLINE,
  /** No traffic in the last 45 s ({@code Active=false}): no path is in use. */
  IDLE,
  /** Active but nothing says how (or the fields are missing). */
  UNKNOWN;

  /** The name in JSON and reports: {@code direct}, {@code derp}, {@code peer-relay}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
