package com.maemuki.bridgelink.service.platform;

import java.util.List;

/**
 * Evaluates whether the host firewall lets the peers reach the local application ports through
 * Tailscale ({@code local-port-blocked}, {@code icmp-blocked}, {@code adapter-public-profile}). The
 * Windows Firewall evaluation comes with the platform adapters; until then {@link #none()} reports
 * that nothing was evaluated, and no finding is raised from it.
 */
public interface FirewallInspector {

  /** The verdict for one local port. */
  record PortVerdict(int port, boolean allowed, String reason) {}

  /** One evaluation; {@code evaluated} is false when this platform has no inspector. */
  record FirewallReport(
      boolean evaluated, List<PortVerdict> ports, Boolean icmpAllowed, String adapterProfile) {
    public FirewallReport {
      ports = List.copyOf(ports);
    }
  }

  FirewallReport inspect(List<Integer> localPorts);

  static FirewallInspector none() {
    return ports -> new FirewallReport(false, List.of(), null, null);
  }
}
