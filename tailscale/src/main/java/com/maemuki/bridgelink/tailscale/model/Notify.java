package com.maemuki.bridgelink.tailscale.model;

import java.util.Map;

/**
 * One {@code ipn.Notify} line of {@code watch-ipn-bus}. Every message is a delta: a null field
 * means "unchanged", not "empty".
 *
 * @param state the new state (an integer on the wire), or null
 * @param browseToUrl a login URL to open, or null
 * @param health the full current health warnings when sent (an empty map: healthy), or null
 * @param loginFinished true when this message reports a completed login
 */
public record Notify(
    String version,
    String sessionId,
    String errMessage,
    boolean loginFinished,
    BackendState state,
    String browseToUrl,
    Map<String, HealthWarning> health,
    EngineStatus engine,
    Prefs prefs) {

  public Notify {
    health = health == null ? null : Map.copyOf(health);
  }
}
