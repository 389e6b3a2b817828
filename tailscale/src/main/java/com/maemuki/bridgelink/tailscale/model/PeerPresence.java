package com.maemuki.bridgelink.tailscale.model;

import java.util.Locale;

/**
 * Whether control says a peer is connected. Control sends {@code Online} as a tri-state (absent =
 * unknown, or no permission to know) that tailscaled flattens to {@code false}, and {@code
 * LastSeen} only for nodes it has seen go offline (ipn/ipnlocal/local.go populatePeerStatusLocked:
 * {@code Online: p.Online().Get()}, {@code LastSeen: p.LastSeen().Get()}). So {@code Online:false}
 * means offline only when a {@code LastSeen} comes with it.
 */
public enum PeerPresence {
  /** Control reports it connected. */
  ONLINE,
  /** Control reports it disconnected, and when it last saw it. */
  OFFLINE,
  /** Control did not say ({@code Online} false with no {@code LastSeen}, or the field missing). */
  UNKNOWN;

  /** {@code online}, {@code offline}, {@code unknown}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
