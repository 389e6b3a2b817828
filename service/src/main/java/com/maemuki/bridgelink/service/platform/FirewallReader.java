package com.maemuki.bridgelink.service.platform;

import java.util.List;

/**
 * Reads the raw firewall state that decides whether Tailscale peers reach the configured ports:
 * profiles, the Tailscale adapter's category, and the relevant rules. The monitor's firewall source
 * evaluates what it reads ({@code platform.firewall.FirewallEvaluator}).
 */
public interface FirewallReader {

  /** Never throws; bounded by the adapter's deadline. */
  FirewallInspection read(List<Integer> localPorts);
}
