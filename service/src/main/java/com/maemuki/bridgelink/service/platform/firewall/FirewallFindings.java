package com.maemuki.bridgelink.service.platform.firewall;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an {@link Evaluation} into findings, one cause → one finding:
 *
 * <ul>
 *   <li>{@code adapter-public-profile} when the Tailscale adapter is Public; its detail names the
 *       ports and ping that are blocked only because of it (those raise nothing else, since marking
 *       the adapter Private fixes them all);
 *   <li>{@code local-port-blocked/<port>} for every other firewall block (a block rule, no allow
 *       rule, local rules ignored by policy), with the rule and reason in the detail;
 *   <li>{@code icmp-blocked} when ping is blocked for a reason other than the Public adapter.
 * </ul>
 *
 * Nothing listening is not the firewall's doing: {@code local-port-not-listening} belongs to the
 * local-listener check. A missing Tailscale adapter is the daemon checks' business.
 */
public final class FirewallFindings {

  private FirewallFindings() {}

  public static List<Finding> from(Evaluation evaluation) {
    List<Finding> findings = new ArrayList<>();
    if (!evaluation.adapter().found()) {
      return findings;
    }
    List<Verdict> publicOnly =
        new ArrayList<>(
            evaluation.ports().stream()
                .filter(v -> v.reason() == Reason.ADAPTER_PUBLIC_PROFILE)
                .toList());
    if (evaluation.ping().reason() == Reason.ADAPTER_PUBLIC_PROFILE) {
      publicOnly.add(evaluation.ping());
    }
    if (evaluation.adapter().category() == NetworkCategory.PUBLIC) {
      String blocked =
          publicOnly.isEmpty()
              ? ""
              : " Blocked because of it: "
                  + publicOnly.stream().map(Verdict::traffic).collect(Collectors.joining(", "))
                  + ".";
      findings.add(
          Finding.of(
              FindingCode.ADAPTER_PUBLIC_PROFILE,
              null,
              "The Tailscale adapter '"
                  + evaluation.adapter().alias()
                  + "' is on a Public network, where Tailscale's own Tailscale-In rule (Private and"
                  + " Domain only) does not apply."
                  + blocked));
    }
    for (Verdict v : evaluation.ports()) {
      if (v.reason().firewallBlocks() && v.reason() != Reason.ADAPTER_PUBLIC_PROFILE) {
        findings.add(
            Finding.of(
                FindingCode.LOCAL_PORT_BLOCKED, Integer.toString(v.port()), v.explanation()));
      }
    }
    Verdict ping = evaluation.ping();
    if (ping.reason().firewallBlocks() && ping.reason() != Reason.ADAPTER_PUBLIC_PROFILE) {
      findings.add(Finding.of(FindingCode.ICMP_BLOCKED, null, ping.explanation()));
    }
    return findings;
  }
}
