package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import java.util.List;

/** Maps one {@code ipnstate.PeerStatus} object (Self or a Peer entry). */
final class PeerStatusJson {

  private PeerStatusJson() {}

  static PeerStatus fromFields(JsonFields p) {
    List<String> ips = p.strings("TailscaleIPs");
    if ((ips == null || ips.isEmpty()) && p.has("TailAddr")) {
      ips = p.strings("TailAddr");
    }
    return PeerStatus.builder()
        .id(p.text("ID"))
        .nodeId(p.longValue("NodeID"))
        .publicKey(p.text("PublicKey"))
        .hostName(p.text("HostName"))
        .dnsName(p.text("DNSName"))
        .os(p.text("OS"))
        .userId(p.longValue("UserID"))
        .altSharerUserId(p.longValue("AltSharerUserID"))
        .tailscaleIps(ips)
        .allowedIps(p.strings("AllowedIPs"))
        .tags(p.strings("Tags"))
        .curAddr(p.text("CurAddr"))
        .relay(p.text("Relay"))
        .peerRelay(p.text("PeerRelay"))
        .rxBytes(p.longOrZero("RxBytes"))
        .txBytes(p.longOrZero("TxBytes"))
        .created(p.time("Created"))
        .lastWrite(p.time("LastWrite"))
        .lastSeen(p.time("LastSeen"))
        .lastHandshake(p.time("LastHandshake"))
        .online(p.bool("Online"))
        .active(p.bool("Active"))
        .exitNode(p.flag("ExitNode"))
        .exitNodeOption(p.flag("ExitNodeOption"))
        .shareeNode(p.flag("ShareeNode"))
        .expired(p.flag("Expired"))
        .keyExpiry(p.time("KeyExpiry"))
        .build();
  }
}
