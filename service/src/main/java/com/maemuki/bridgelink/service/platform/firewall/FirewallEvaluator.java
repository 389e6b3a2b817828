package com.maemuki.bridgelink.service.platform.firewall;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Answers "can a Tailscale peer at {@code remote} reach local TCP port P?" and "does this machine
 * answer its ping?" from a {@link FirewallSnapshot}, the way Windows Filtering Platform decides: in
 * the profile of the Tailscale adapter's network category, only enabled inbound rules whose
 * protocol, port, remote and local address, interface and profile match; rules from the local store
 * only if Group Policy lets them apply; any matching block rule wins over every allow rule; without
 * a matching allow rule the profile's default inbound action decides. When blocked, the reason
 * names the most specific cause (policy ignores local rules, the adapter is Public while the allow
 * rules cover Private/Domain only, or simply no allow rule). Program-scoped rules count as
 * matching: the listening program is not known here, and Tailscale-In is not program-scoped.
 */
public final class FirewallEvaluator {

  /**
   * Evaluates every port and ping.
   *
   * @param snapshot what the inspection saw
   * @param ports the configured local ports
   * @param listening which ports have a listener (from the local-listener probe); a port missing
   *     from the map is treated as listening (unknown is not reported as a problem)
   * @param remote a Tailscale peer's address to evaluate for (e.g. the configured peer's IP)
   * @param local this machine's Tailscale address, or null when unknown
   */
  public Evaluation evaluate(
      FirewallSnapshot snapshot,
      List<Integer> ports,
      Map<Integer, Boolean> listening,
      String remote,
      String local) {
    List<Verdict> verdicts = new ArrayList<>();
    for (int port : ports) {
      verdicts.add(tcp(snapshot, port, listening.getOrDefault(port, true), remote, local));
    }
    return new Evaluation(
        snapshot.adapter(), verdicts, ping(snapshot, remote, local), snapshot.errors());
  }

  /** Can {@code remote} reach local TCP {@code port}? */
  public Verdict tcp(
      FirewallSnapshot snapshot, int port, boolean listening, String remote, String local) {
    Verdict firewall =
        decide(
            snapshot,
            "TCP " + port,
            port,
            r ->
                RuleFilters.protocolCoversTcp(r.protocol())
                    && RuleFilters.portMatches(r.localPorts(), port),
            remote,
            local);
    if (firewall.reachable() && !listening) {
      return new Verdict(
          firewall.traffic(),
          port,
          Reason.NOT_LISTENING,
          firewall.rules(),
          "The firewall lets TCP " + port + " in, but nothing listens on that port.");
    }
    return firewall;
  }

  /** Does this machine answer ICMPv4 echo (ping) from {@code remote}? */
  public Verdict ping(FirewallSnapshot snapshot, String remote, String local) {
    return decide(
        snapshot,
        "ICMPv4 echo",
        0,
        r ->
            RuleFilters.protocolCoversIcmpV4(r.protocol())
                && (r.protocol().equalsIgnoreCase("Any")
                    ? RuleFilters.isAny(r.localPorts())
                    : RuleFilters.icmpEchoMatches(r.icmpTypes())),
        remote,
        local);
  }

  private Verdict decide(
      FirewallSnapshot snapshot,
      String traffic,
      int port,
      Predicate<FirewallRule> protocolMatches,
      String remote,
      String local) {
    TailscaleAdapter adapter = snapshot.adapter();
    if (!adapter.found()) {
      return new Verdict(
          traffic,
          port,
          Reason.ADAPTER_MISSING,
          List.of(),
          "The Tailscale network adapter '" + adapter.alias() + "' was not found.");
    }
    FirewallProfile profile = snapshot.activeProfile();
    String profileName = profile.kind().displayName();
    if (!profile.enabled()) {
      return new Verdict(
          traffic,
          port,
          Reason.FIREWALL_OFF,
          List.of(),
          "The firewall is off in the " + profileName + " profile the Tailscale adapter uses.");
    }
    Predicate<FirewallRule> trafficMatches =
        r ->
            r.enabled()
                && r.inbound()
                && protocolMatches.test(r)
                && RuleFilters.addressMatches(r.remoteAddresses(), remote)
                && (local == null || RuleFilters.addressMatches(r.localAddresses(), local))
                && RuleFilters.interfaceMatches(r.interfaceAliases(), adapter.alias());
    List<FirewallRule> inProfile = new ArrayList<>();
    List<FirewallRule> otherProfilesOnly = new ArrayList<>();
    for (FirewallRule r : snapshot.rules()) {
      if (trafficMatches.test(r)) {
        (r.profiles().contains(profile.kind()) ? inProfile : otherProfilesOnly).add(r);
      }
    }
    List<FirewallRule> effective = new ArrayList<>();
    List<FirewallRule> ignoredLocal = new ArrayList<>();
    for (FirewallRule r : inProfile) {
      (profile.localRulesApply() || !r.isLocal() ? effective : ignoredLocal).add(r);
    }
    for (FirewallRule r : effective) {
      if (r.block()) {
        return new Verdict(
            traffic,
            port,
            Reason.BLOCKED_BY_RULE,
            List.of(r),
            "Block rule "
                + r.describe()
                + " matches "
                + traffic
                + " from Tailscale; block rules win over allow rules.");
      }
    }
    List<FirewallRule> allows = effective.stream().filter(r -> !r.block()).toList();
    if (!allows.isEmpty()) {
      return new Verdict(
          traffic,
          port,
          Reason.ALLOWED_BY_RULE,
          allows,
          "Allowed by " + allows.get(0).describe() + " in the " + profileName + " profile.");
    }
    if (!profile.defaultInboundBlocks()) {
      return new Verdict(
          traffic,
          port,
          Reason.DEFAULT_ALLOWS,
          List.of(),
          "The " + profileName + " profile allows inbound traffic by default.");
    }
    List<FirewallRule> ignoredAllows = ignoredLocal.stream().filter(r -> !r.block()).toList();
    if (!ignoredAllows.isEmpty()) {
      return new Verdict(
          traffic,
          port,
          Reason.LOCAL_RULES_IGNORED_BY_POLICY,
          ignoredAllows,
          "Allow rule "
              + ignoredAllows.get(0).describe()
              + " exists, but Group Policy makes Windows ignore local firewall rules in the "
              + profileName
              + " profile.");
    }
    List<FirewallRule> elsewhere =
        otherProfilesOnly.stream()
            .filter(r -> !r.block())
            .filter(r -> !r.isLocal() || snapshotAllowsLocal(snapshot, r))
            .toList();
    if (profile.kind() == ProfileKind.PUBLIC && !elsewhere.isEmpty()) {
      return new Verdict(
          traffic,
          port,
          Reason.ADAPTER_PUBLIC_PROFILE,
          elsewhere,
          "The Tailscale adapter is on a Public network, but allow rule "
              + elsewhere.get(0).describe()
              + " covers only "
              + profileNames(elsewhere.get(0))
              + ".");
    }
    return new Verdict(
        traffic,
        port,
        Reason.NO_ALLOW_RULE,
        List.of(),
        "No enabled rule allows "
            + traffic
            + " from Tailscale in the "
            + profileName
            + " profile.");
  }

  /** Whether {@code r} would apply in at least one of its profiles (local rules honoured there). */
  private static boolean snapshotAllowsLocal(FirewallSnapshot snapshot, FirewallRule r) {
    return r.profiles().stream().anyMatch(k -> snapshot.profile(k).localRulesApply());
  }

  private static String profileNames(FirewallRule r) {
    return String.join("/", r.profiles().stream().sorted().map(ProfileKind::displayName).toList());
  }
}
