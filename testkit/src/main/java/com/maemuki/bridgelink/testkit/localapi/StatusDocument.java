package com.maemuki.bridgelink.testkit.localapi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@code ipnstate.Status} as tailscaled serves it on {@code GET status}, in tailscaled's
 * field order (modelled on the shared fixture {@code status_localapi_windows_running_8-peers…}).
 * Without a network map (NeedsLogin, NoState) the self node is mostly empty and there are no peers.
 */
final class StatusDocument {

  private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

  private StatusDocument() {}

  static ObjectNode build(SimulatedTailnet tailnet, boolean includePeers) {
    synchronized (tailnet.lock()) {
      String state = tailnet.backendState();
      boolean netmap = !(state.equals("NeedsLogin") || state.equals("NoState"));
      Instant now = Instant.now();
      ObjectNode status = TabJson.object();
      status.put("Version", tailnet.version());
      status.put("TUN", true);
      status.put("BackendState", state);
      if (netmap) {
        status.put("HaveNodeKey", true);
      }
      status.put("AuthURL", tailnet.authUrl());
      SimNode self = tailnet.self();
      if (netmap) {
        strings(status.putArray("TailscaleIPs"), self.tailscaleIps());
        ObjectNode selfNode = node(self, true, now);
        // ipn/ipnlocal/local.go updateStatusLocked: Self.Online = health.GetInPollNetMap(), and
        // there is no map poll while Stopped.
        selfNode.put("Online", self.online() && !state.equals("Stopped"));
        status.set("Self", selfNode);
      } else {
        status.putNull("TailscaleIPs");
        status.set("Self", emptySelf(self));
      }
      ArrayNode health = status.putArray("Health");
      tailnet.health().forEach(h -> health.add(h.text()));
      status.put("MagicDNSSuffix", netmap ? tailnet.magicDnsSuffix() : "");
      if (netmap) {
        ObjectNode current = status.putObject("CurrentTailnet");
        current.put("Name", tailnet.tailnetName());
        current.put("MagicDNSSuffix", tailnet.magicDnsSuffix());
        current.put("MagicDNSEnabled", tailnet.magicDnsEnabled());
        String fqdn = self.dnsName();
        strings(
            status.putArray("CertDomains"),
            List.of(fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn));
      } else {
        status.putNull("CurrentTailnet");
        status.putNull("CertDomains");
      }
      status.putNull("ExtraRecords");
      // ipn/ipnstate/ipnstate.go AddPeer makes the Peer map on the first peer: none → null
      // (as real tailscaled v1.102.5 shows in the lab's conformance suite).
      if (netmap && includePeers && !tailnet.peers().isEmpty()) {
        ObjectNode peers = status.putObject("Peer");
        for (SimNode peer : tailnet.peers()) {
          peers.set(peer.publicKey(), node(peer, false, now));
        }
      } else {
        status.putNull("Peer");
      }
      boolean anyUsers = includePeers || selfUserWithoutPeers(tailnet.version());
      if (netmap && anyUsers) {
        ObjectNode users = status.putObject("User");
        for (Map.Entry<Long, String[]> user : tailnet.users().entrySet()) {
          if (!includePeers && user.getKey() != self.userId()) {
            continue;
          }
          ObjectNode u = users.putObject(Long.toString(user.getKey()));
          u.put("ID", user.getKey());
          u.put("LoginName", user.getValue()[0]);
          u.put("DisplayName", user.getValue()[1]);
        }
      } else {
        status.putNull("User");
      }
      status.putNull("ClientVersion");
      return status;
    }
  }

  /**
   * {@code ?peers=false} leaves out the peers' users, and before v1.100 the self user too: {@code
   * ipn/ipnlocal/local.go updateStatusLocked} adds the self user's profile even without peers only
   * since tailscale commit 2ba426802 ("fix 'tailscale status --peers=false' missing user profile",
   * first in v1.100.0).
   */
  static boolean selfUserWithoutPeers(String version) {
    String[] parts = version.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 1 || (major == 1 && minor >= 100);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static ObjectNode node(SimNode n, boolean isSelf, Instant now) {
    ObjectNode p = TabJson.object();
    p.put("ID", n.id());
    p.put("NodeID", n.nodeId());
    p.put("PublicKey", n.publicKey());
    p.put("HostName", n.hostName());
    p.put("DNSName", n.dnsName());
    p.put("OS", n.os());
    p.put("UserID", n.userId());
    if (n.altSharerUserId() != null) {
      p.put("AltSharerUserID", n.altSharerUserId());
    }
    strings(p.putArray("TailscaleIPs"), n.tailscaleIps());
    ArrayNode allowed = p.putArray("AllowedIPs");
    n.tailscaleIps().forEach(ip -> allowed.add(ip + (ip.contains(":") ? "/128" : "/32")));
    if (!n.tags().isEmpty()) {
      strings(p.putArray("Tags"), n.tags());
    }
    p.putNull("Addrs");
    p.put("CurAddr", n.curAddr());
    p.put("Relay", n.relay());
    p.put("PeerRelay", n.peerRelay());
    p.put("RxBytes", n.rxBytes());
    p.put("TxBytes", n.txBytes());
    p.put("Created", "2025-01-17T08:22:10Z");
    boolean talking = n.active() && !isSelf;
    p.put("LastWrite", talking ? now.minusSeconds(1).toString() : ZERO_TIME);
    p.put("LastSeen", !n.online() && n.lastSeen() != null ? n.lastSeen().toString() : ZERO_TIME);
    p.put("LastHandshake", talking ? now.minusSeconds(20).toString() : ZERO_TIME);
    p.put("Online", n.online());
    p.put("ExitNode", n.exitNode());
    p.put("ExitNodeOption", n.exitNode());
    p.put("Active", n.active());
    p.putNull("PeerAPIURL");
    p.put("TaildropTarget", isSelf ? 0 : n.online() ? 1 : 5);
    p.put("NoFileSharingReason", "");
    if (n.shareeNode()) {
      p.put("ShareeNode", true);
    }
    p.put("InNetworkMap", true);
    p.put("InMagicSock", !isSelf);
    p.put("InEngine", n.active());
    if (n.expired()) {
      p.put("Expired", true);
    }
    if (n.keyExpiry() != null) {
      p.put("KeyExpiry", n.keyExpiry().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    return p;
  }

  private static ObjectNode emptySelf(SimNode self) {
    ObjectNode p = TabJson.object();
    p.put("ID", "");
    p.put("NodeID", 0);
    p.put("PublicKey", "nodekey:" + "0".repeat(64));
    p.put("HostName", self.hostName());
    p.put("DNSName", "");
    p.put("OS", self.os());
    p.put("UserID", 0);
    p.putNull("TailscaleIPs");
    p.putArray("Addrs");
    p.put("CurAddr", "");
    p.put("Relay", "");
    p.put("PeerRelay", "");
    p.put("RxBytes", 0);
    p.put("TxBytes", 0);
    for (String time : List.of("Created", "LastWrite", "LastSeen", "LastHandshake")) {
      p.put(time, ZERO_TIME);
    }
    p.put("Online", false);
    p.put("ExitNode", false);
    p.put("ExitNodeOption", false);
    p.put("Active", false);
    p.putNull("PeerAPIURL");
    p.put("TaildropTarget", 0);
    p.put("NoFileSharingReason", "");
    p.put("InNetworkMap", false);
    p.put("InMagicSock", false);
    p.put("InEngine", false);
    return p;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
