package com.maemuki.bridgelink.lab.conformance;

import java.nio.file.Path;

/** One LocalAPI to hold the conformance assertions against: real tailscaled or the simulator. */
interface LocalApiBackend {

  Path socket();

  /** This node's Tailscale IPv4 address. */
  String selfIp();

  /** An online peer's Tailscale IPv4 address: it answers a disco ping. */
  String onlinePeerIp();

  /** Takes the online peer offline (its tailscaled stopped); returns once control says so. */
  void stopOnlinePeer() throws Exception;

  /** Undoes {@link #stopOnlinePeer()}; returns when it is online again. */
  void startOnlinePeer() throws Exception;

  /** Leaves this node without any peer (every peer removed from the tailnet). */
  void removeAllPeers() throws Exception;

  /** Undoes {@link #removeAllPeers()}; returns when the peers are listed again. */
  void restorePeers() throws Exception;

  /**
   * Puts this node in {@code NeedsLogin} with its control server kept (its node key expired), so
   * that {@code login-interactive} must ask control for a login URL; returns once it is there.
   */
  void requireLogin() throws Exception;

  /** The person at the browser approves the login at {@code url}. */
  void approveLogin(String url) throws Exception;

  /** Makes sure this node is Running with its peers again, whatever the test left behind. */
  void restoreLogin() throws Exception;
}
