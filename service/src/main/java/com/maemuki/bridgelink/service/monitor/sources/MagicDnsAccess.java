package com.maemuki.bridgelink.service.monitor.sources;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Status;

/**
 * Whether the DNS source may ask Tailscale's resolver (100.100.100.100) directly, and from which
 * source address. That address is tailscaled's only while this node is Running with MagicDNS on;
 * otherwise a query to it leaves through the machine's default route to an address that is not
 * ours. Queries go out bound to this machine's Tailscale IP, so they take the Tailscale interface
 * (and fail at once, rather than leak, if that address is gone).
 *
 * @param sourceIp the Tailscale IP to send from, or null when not to ask
 * @param notAsked why not, or null when asking
 */
public record MagicDnsAccess(String sourceIp, String notAsked) {

  public static MagicDnsAccess via(String sourceIp) {
    return new MagicDnsAccess(sourceIp, null);
  }

  public static MagicDnsAccess skip(String reason) {
    return new MagicDnsAccess(null, reason);
  }

  public boolean allowed() {
    return sourceIp != null;
  }

  /** The rule, from the latest status. */
  public static MagicDnsAccess of(Status status) {
    if (status == null) {
      return skip("Tailscale's state is not known yet");
    }
    if (status.state() != BackendState.RUNNING) {
      return skip(
          "Tailscale is "
              + (status.backendState().isEmpty() ? "not running" : status.backendState())
              + ", so 100.100.100.100 is not this machine's resolver");
    }
    if (!Boolean.TRUE.equals(status.magicDnsEnabled())) {
      return skip("MagicDNS is off for this tailnet");
    }
    return status.ips().stream()
        .filter(ip -> ip.indexOf(':') < 0)
        .findFirst()
        .or(() -> status.ips().stream().findFirst())
        .map(MagicDnsAccess::via)
        .orElseGet(() -> skip("this machine has no Tailscale IP"));
  }
}
