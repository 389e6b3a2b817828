package com.maemuki.bridgelink.service.platform.firewall;

import java.util.List;
import java.util.Objects;

/**
 * The answer for one kind of inbound traffic (TCP to a port, or ICMPv4 echo).
 *
 * @param traffic what was asked about: "TCP 3389" or "ICMPv4 echo"
 * @param port the TCP port, or 0 for ICMP
 * @param reason why
 * @param rules the rules behind the decision (the blocking rule; the allow rules that would have
 *     applied in another profile or if local rules applied), possibly empty
 * @param explanation one sentence for people
 */
public record Verdict(
    String traffic, int port, Reason reason, List<FirewallRule> rules, String explanation) {

  public Verdict {
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(reason, "reason");
    rules = List.copyOf(rules);
    explanation = explanation == null ? "" : explanation;
  }

  public boolean reachable() {
    return reason.reachable();
  }

  public boolean isPing() {
    return port == 0;
  }
}
