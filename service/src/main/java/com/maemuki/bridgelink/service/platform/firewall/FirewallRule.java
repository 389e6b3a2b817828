package com.maemuki.bridgelink.service.platform.firewall;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One firewall rule, with the filters that decide whether it matches.
 *
 * @param name the rule's unique Name (e.g. "MaemukiBridgeLink-TCP-3389" or a GUID)
 * @param displayName what the Firewall console shows
 * @param group the rule group ("" when none)
 * @param enabled whether it is active
 * @param inbound direction is Inbound
 * @param block action is Block (else Allow)
 * @param protocol "TCP", "UDP", "ICMPv4", "Any" or a protocol number
 * @param localPorts "Any", single ports, "a-b" ranges or keywords such as "RPC"
 * @param icmpTypes for ICMP rules: "Any", "8" or "8:0"
 * @param remoteAddresses "Any", addresses, CIDR prefixes, "a/mask", "a-b" ranges or keywords
 * @param localAddresses the same forms, matched against this machine's Tailscale address
 * @param interfaceAliases "Any" or the aliases of the interfaces the rule is limited to
 * @param profiles the profiles the rule applies in
 * @param program "Any" or the program path the rule is limited to
 * @param policySource where the rule comes from: "Local", "GroupPolicy", "Dynamic", "MDM", …
 */
public record FirewallRule(
    String name,
    String displayName,
    String group,
    boolean enabled,
    boolean inbound,
    boolean block,
    String protocol,
    List<String> localPorts,
    List<String> icmpTypes,
    List<String> remoteAddresses,
    List<String> localAddresses,
    List<String> interfaceAliases,
    Set<ProfileKind> profiles,
    String program,
    String policySource) {

  public FirewallRule {
    Objects.requireNonNull(name, "name");
    displayName = displayName == null || displayName.isEmpty() ? name : displayName;
    group = group == null ? "" : group;
    protocol = protocol == null || protocol.isBlank() ? "Any" : protocol.strip();
    localPorts = anyIfEmpty(localPorts);
    icmpTypes = anyIfEmpty(icmpTypes);
    remoteAddresses = anyIfEmpty(remoteAddresses);
    localAddresses = anyIfEmpty(localAddresses);
    interfaceAliases = anyIfEmpty(interfaceAliases);
    profiles = Set.copyOf(profiles);
    program = program == null || program.isBlank() ? "Any" : program;
    policySource = policySource == null ? "" : policySource;
  }

  private static List<String> anyIfEmpty(List<String> values) {
    return values == null || values.isEmpty() ? List.of("Any") : List.copyOf(values);
  }

  /** Rules from the local store; Group Policy can make Windows ignore them. */
  public boolean isLocal() {
    return policySource.isEmpty() || policySource.equalsIgnoreCase("Local");
  }

  /** Rules Maemuki Bridge Link created (and the only ones it may change). */
  public boolean isOurs() {
    return group.equals(BridgeLinkRules.GROUP);
  }

  /** "'Block RDP' (Group Policy)" for messages. */
  public String describe() {
    String source = isLocal() ? "" : " (" + policySource + ")";
    return "'" + displayName + "'" + source;
  }
}
