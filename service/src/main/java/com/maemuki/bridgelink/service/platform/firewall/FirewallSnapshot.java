package com.maemuki.bridgelink.service.platform.firewall;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the inspection script saw: profiles, the Tailscale adapter, the inbound rules that could
 * matter for the inspected ports and for ICMPv4 echo, and any parts it could not read.
 *
 * @param time when it was taken
 * @param profiles the three profiles (missing ones are Windows' defaults)
 * @param adapter the Tailscale adapter's profile
 * @param rules the relevant rules
 * @param inspectedPorts the ports the script was asked about
 * @param errors parts the script could not read ("profiles: Access is denied")
 */
public record FirewallSnapshot(
    Instant time,
    Map<ProfileKind, FirewallProfile> profiles,
    TailscaleAdapter adapter,
    List<FirewallRule> rules,
    List<Integer> inspectedPorts,
    List<String> errors) {

  public FirewallSnapshot {
    Objects.requireNonNull(time, "time");
    EnumMap<ProfileKind, FirewallProfile> all = new EnumMap<>(ProfileKind.class);
    for (ProfileKind k : ProfileKind.values()) {
      all.put(k, profiles.getOrDefault(k, FirewallProfile.windowsDefault(k)));
    }
    profiles = Map.copyOf(all);
    Objects.requireNonNull(adapter, "adapter");
    rules = List.copyOf(rules);
    inspectedPorts = List.copyOf(inspectedPorts);
    errors = List.copyOf(errors);
  }

  public FirewallProfile profile(ProfileKind kind) {
    return profiles.get(kind);
  }

  /** The profile that filters traffic on the Tailscale adapter. */
  public FirewallProfile activeProfile() {
    return profile(adapter.category().profile());
  }
}
