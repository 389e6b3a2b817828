package com.maemuki.bridgelink.tray.model;

import java.util.Locale;

/**
 * The one wording of a peer's state and path, used by the menu, the status window's table and its
 * details, so the same path never reads two ways.
 */
public final class PeerWords {
  private PeerWords() {}

  /**
   * The peer's state for people: online, offline, "not visible" (not in this tailnet), "not
   * shared", else "unknown" (this machine signed out, tailscaled stopped, nobody can tell yet):
   * never "offline" for a peer nobody can see.
   */
  public static String state(PeerStatus peer) {
    String state = peer.state() == null ? "" : peer.state().toLowerCase(Locale.ROOT);
    switch (state) {
      case "online":
        return "online";
      case "offline":
        return "offline";
      case "not-visible":
        return "not visible";
      case "not-shared":
        return "not shared";
      default:
        return "unknown";
    }
  }

  /**
   * The path: "direct", "relayed via DERP fra", "peer relay", "idle" (no traffic, so no path yet),
   * else "unknown".
   */
  public static String path(String path, String derpRegion) {
    String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
    switch (p) {
      case "direct":
        return "direct";
      case "derp":
        return derpRegion == null || derpRegion.isBlank()
            ? "relayed via DERP"
            : "relayed via DERP " + derpRegion;
      case "peer-relay":
        return "peer relay";
      case "idle":
        return "idle";
      default:
        return "unknown";
    }
  }

  /** The peer's path: only an online peer has one. */
  public static String path(PeerStatus peer) {
    return peer.online() ? path(peer.path(), peer.derpRegion()) : "unknown";
  }

  /** "12.3 ms" (one decimal below 10 ms, whole milliseconds above), or "" when unknown. */
  public static String latency(Double ms) {
    if (ms == null) {
      return "";
    }
    return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : Math.round(ms) + " ms";
  }
}
