package com.maemuki.bridgelink.tailscale.localapi;

/**
 * What {@code GET /server-status} (no {@code /localapi} prefix) says: tailscaled answers it before
 * its backend exists, while every LocalAPI request waits for the backend ({@code
 * ipn/ipnserver/server.go serveServerStatus, awaitBackend}; Windows and debug builds only).
 */
public enum ServerStatus {
  /** 200 {@code {}}: the backend is up. */
  READY,
  /** 503 {@code {"error":"backend not ready"}}: tailscaled is still starting. */
  STARTING,
  /** Any other answer (404 on Linux release builds): it cannot tell. */
  UNKNOWN
}
