package com.maemuki.bridgelink.tailscale.localapi;

/**
 * {@code ipn.NotifyWatchOpt} bits that decide whether tailscaled admits a {@code watch-ipn-bus} at
 * all (ipn/backend.go; ipn/localapi/localapi.go serveWatchIPNBus).
 */
public final class WatchMask {

  /**
   * {@code NotifyNoPrivateKeys = 1 << 4} (the value 16). Up to v1.90.x a caller without write
   * access (Linux: not root, not the operator) must set it or gets 403 "must set
   * ipn.NotifyNoPrivateKeys"; from v1.92 it is a no-op. Always sent.
   */
  public static final long NO_PRIVATE_KEYS = 1L << 4;

  /**
   * {@code NotifyInProcessNoDisconnect = 1 << 16} (65536, since v1.102): only for in-process
   * watchers, rejected over LocalAPI with 400. Never sent.
   */
  public static final long IN_PROCESS_NO_DISCONNECT = 1L << 16;

  private WatchMask() {}

  /** {@code mask} as it must go over LocalAPI on v1.90–v1.103. */
  public static long forLocalApi(long mask) {
    return (mask | NO_PRIVATE_KEYS) & ~IN_PROCESS_NO_DISCONNECT;
  }
}
