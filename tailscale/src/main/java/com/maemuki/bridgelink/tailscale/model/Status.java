package com.maemuki.bridgelink.tailscale.model;

import java.util.List;
import java.util.Map;

/**
 * {@code ipnstate.Status}, from {@code GET /localapi/v0/status}, {@code tailscale status --json}
 * or, with fewer fields, {@code tailscale status} text and the IPN bus.
 *
 * @param backendState tailscaled's string as written ({@code ""} before 1.4); see {@link #state()}
 * @param self never null; mostly empty without a netmap
 * @param health tailscaled's health messages, empty when healthy
 * @param magicDnsSuffix the top-level (deprecated) suffix; see {@link #dnsSuffix()}
 * @param currentTailnet null without a netmap or before 1.22
 * @param peers null when the source did not list peers (status text, the IPN bus); empty when it
 *     listed none: tailscaled writes {@code "Peer": null} whenever the node has no peers (the map
 *     is made on the first AddPeer, ipn/ipnstate/ipnstate.go), which for a Running node means an
 *     empty tailnet ({@code ?peers=false} looks the same; only its caller knows it asked for that)
 * @param users {@code Status.User} by user ID
 */
public record Status(
    String version,
    String backendState,
    String authUrl,
    List<String> tailscaleIps,
    PeerStatus self,
    List<String> health,
    String magicDnsSuffix,
    TailnetInfo currentTailnet,
    List<PeerStatus> peers,
    Map<Long, UserProfile> users) {

  public Status {
    version = version == null ? "" : version;
    backendState = backendState == null ? "" : backendState;
    authUrl = authUrl == null ? "" : authUrl;
    tailscaleIps = tailscaleIps == null ? List.of() : List.copyOf(tailscaleIps);
    self = self == null ? PeerStatus.builder().build() : self;
    health = health == null ? List.of() : List.copyOf(health);
    magicDnsSuffix = magicDnsSuffix == null ? "" : magicDnsSuffix;
    peers = peers == null ? null : List.copyOf(peers);
    users = users == null ? Map.of() : Map.copyOf(users);
  }

  /** A status known only by its state (from status text, a ping transcript or the IPN bus). */
  public static Status ofState(BackendState state, String authUrl, List<String> health) {
    return new Status("", state.wireName(), authUrl, null, null, health, null, null, null, null);
  }

  /** The backend state as an enum; {@link BackendState#UNKNOWN} for empty or unrecognised. */
  public BackendState state() {
    return BackendState.fromName(backendState);
  }

  /** True when the source listed peers (possibly none). */
  public boolean listsPeers() {
    return peers != null;
  }

  /**
   * True when the peer facts are current: this node is Running (or the state is not reported) and
   * in a map poll ({@code Self.Online}, which tailscaled sets from health's in-poll-netmap flag in
   * ipn/ipnlocal/local.go updateStatusLocked). Stopped, NeedsLogin (expired key included) or out of
   * the map poll, the peer values are frozen at their last update: judge no peer from them.
   */
  public boolean peersCurrent() {
    BackendState s = state();
    return (s == BackendState.RUNNING || s == BackendState.UNKNOWN)
        && !Boolean.FALSE.equals(self.online());
  }

  /** The peers, empty when none were listed. */
  public List<PeerStatus> peerList() {
    return peers == null ? List.of() : peers;
  }

  /**
   * The MagicDNS suffix from {@code CurrentTailnet}, else the top-level field; {@code ""} if none.
   */
  public String dnsSuffix() {
    if (currentTailnet != null
        && currentTailnet.magicDnsSuffix() != null
        && !currentTailnet.magicDnsSuffix().isEmpty()) {
      return currentTailnet.magicDnsSuffix();
    }
    return magicDnsSuffix;
  }

  /** This node's Tailscale IPs: the top-level list, else Self's. */
  public List<String> ips() {
    return tailscaleIps.isEmpty() ? self.tailscaleIps() : tailscaleIps;
  }

  /** The tailnet's MagicDNS setting; null when not reported. */
  public Boolean magicDnsEnabled() {
    return currentTailnet == null ? null : currentTailnet.magicDnsEnabled();
  }
}
