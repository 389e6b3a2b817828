package com.maemuki.bridgelink.service.config;

import java.util.List;

/**
 * The effective configuration, after defaults, {@code config.json} and machine policy.
 *
 * @param localApiSocket tailscaled's LocalAPI socket (or named pipe); null means the platform
 *     default
 * @param keyExpiryWarningDays raise {@code key-expiring} this many days before the key expires
 * @param allowUserRepair whether non-administrators may run service-side repairs
 * @param operatorsGroup the group whose members may run service-side repairs (a name, a gid on
 *     Unix, a SID on Windows); null for none
 * @param tray {@code "show"} or {@code "hide"}: whether the tray starts at logon
 */
public record BridgeLinkConfig(
    List<PeerConfig> peers,
    Intervals intervals,
    Deadlines deadlines,
    int keyExpiryWarningDays,
    Damping damping,
    MetricsConfig metrics,
    NotificationPolicy notifications,
    String localApiSocket,
    DnsConfig dns,
    boolean allowUserRepair,
    String operatorsGroup,
    String tray) {

  public BridgeLinkConfig {
    peers = List.copyOf(peers);
  }

  public static BridgeLinkConfig defaults() {
    return new BridgeLinkConfig(
        List.of(),
        Intervals.defaults(),
        Deadlines.defaults(),
        14,
        Damping.defaults(),
        MetricsConfig.defaults(),
        NotificationPolicy.defaults(),
        null,
        DnsConfig.defaults(),
        false,
        null,
        "show");
  }

  public BridgeLinkConfig withPeers(List<PeerConfig> newPeers) {
    return new BridgeLinkConfig(
        newPeers,
        intervals,
        deadlines,
        keyExpiryWarningDays,
        damping,
        metrics,
        notifications,
        localApiSocket,
        dns,
        allowUserRepair,
        operatorsGroup,
        tray);
  }

  public BridgeLinkConfig withLocalApiSocket(String socket) {
    return new BridgeLinkConfig(
        peers,
        intervals,
        deadlines,
        keyExpiryWarningDays,
        damping,
        metrics,
        notifications,
        socket,
        dns,
        allowUserRepair,
        operatorsGroup,
        tray);
  }

  public BridgeLinkConfig withPolicyFlags(boolean userRepair, String trayMode) {
    return new BridgeLinkConfig(
        peers,
        intervals,
        deadlines,
        keyExpiryWarningDays,
        damping,
        metrics,
        notifications,
        localApiSocket,
        dns,
        userRepair,
        operatorsGroup,
        trayMode);
  }

  public BridgeLinkConfig withOperatorsGroup(String group) {
    return new BridgeLinkConfig(
        peers,
        intervals,
        deadlines,
        keyExpiryWarningDays,
        damping,
        metrics,
        notifications,
        localApiSocket,
        dns,
        allowUserRepair,
        group,
        tray);
  }

  /** The peer with this name, or null. */
  public PeerConfig peer(String name) {
    return peers.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }
}
