package com.maemuki.bridgelink.service.platform;

import java.util.List;

/** Reads the firewall state that decides whether Tailscale peers reach the configured ports. */
public interface FirewallInspector {

  /**
   * Inspects profiles, the Tailscale adapter and the rules relevant to {@code localPorts} and ping.
   * Never throws; bounded by the adapter's deadline.
   */
  FirewallInspection inspect(List<Integer> localPorts);
}
