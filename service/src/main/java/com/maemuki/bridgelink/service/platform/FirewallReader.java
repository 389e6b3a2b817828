package com.maemuki.bridgelink.service.platform;

import java.util.List;

/**
 * Reads the raw firewall state that decides whether Tailscale peers reach the configured ports:
 * profiles, the Tailscale adapter's category, and the relevant rules. {@link
 * EvaluatingFirewallInspector} turns it into the monitor's {@link FirewallInspector} report.
 */
public interface FirewallReader {

  /** Never throws; bounded by the adapter's deadline. */
  FirewallInspection read(List<Integer> localPorts);
}
