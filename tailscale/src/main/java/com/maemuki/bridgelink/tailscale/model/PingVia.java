package com.maemuki.bridgelink.tailscale.model;

import java.util.Locale;

/** The path one ping reply took ({@code tailscale ping} "via …" or the LocalAPI PingResult). */
public enum PingVia {
  DIRECT,
  DERP,
  PEER_RELAY,
  TSMP,
  ICMP,
  PEERAPI;

  /** The name in JSON and reports: {@code direct}, {@code derp}, {@code peer-relay}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
