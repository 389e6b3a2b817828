package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.PeerStatus;
import com.maemuki.bridgelink.tailscale.model.Status;
import com.maemuki.bridgelink.tailscale.model.TailnetInfo;
import com.maemuki.bridgelink.tailscale.model.UserProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Parses {@code ipnstate.Status}: {@code GET /localapi/v0/status} (tab-indented) and {@code
 * tailscale status --json} (2-space, re-marshalled by the CLI). Peers keep the order of the
 * document; {@code Peer} may be keyed by {@code nodekey:…} or (before 1.18) base64 keys, or be
 * {@code null}: tailscaled creates the map only when it adds the first peer, so {@code null} means
 * "no peers" (an empty tailnet, or {@code ?peers=false}) and is read as an empty list. Only a
 * document without a {@code Peer} key says nothing about peers.
 */
public final class StatusJsonParser {

  private StatusJsonParser() {}

  public static Status parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static Status parse(String text) throws TailscaleParseException {
    JsonNode root = JsonDocuments.readObject(text, "status");
    return fromNode(root);
  }

  /** Maps an already-read Status object (also used for the bus's {@code InitialStatus}). */
  public static Status fromNode(JsonNode root) throws TailscaleParseException {
    JsonFields f = new JsonFields(root);
    if (!f.has("BackendState") && !f.has("Self") && !f.has("Peer") && !f.has("TailscaleIPs")) {
      throw new TailscaleParseException(
          "not a Tailscale status: none of BackendState, Self, Peer or TailscaleIPs is present");
    }
    JsonFields tailnet = f.object("CurrentTailnet");
    TailnetInfo info =
        tailnet == null
            ? null
            : new TailnetInfo(
                tailnet.text("Name"),
                tailnet.text("MagicDNSSuffix"),
                tailnet.bool("MagicDNSEnabled"));
    List<String> ips = f.strings("TailscaleIPs");
    JsonFields self = f.object("Self");
    PeerStatus selfStatus = self == null ? null : PeerStatusJson.fromFields(self);
    if ((ips == null || ips.isEmpty()) && self != null && self.has("TailAddr")) {
      ips = self.strings("TailAddr"); // ≤ 1.6 had a single TailAddr
    }
    return new Status(
        f.text("Version"),
        f.text("BackendState"),
        f.text("AuthURL"),
        ips,
        selfStatus,
        f.strings("Health"),
        f.text("MagicDNSSuffix"),
        info,
        f.present("Peer") ? peers(f.node("Peer")) : null,
        users(f.node("User")));
  }

  private static List<PeerStatus> peers(JsonNode peer) {
    List<PeerStatus> out = new ArrayList<>();
    if (peer == null || !peer.isObject()) {
      return out;
    }
    for (JsonNode p : peer.values()) {
      if (p != null && p.isObject()) {
        out.add(PeerStatusJson.fromFields(new JsonFields(p)));
      }
    }
    return out;
  }

  private static Map<Long, UserProfile> users(JsonNode user) {
    Map<Long, UserProfile> out = new LinkedHashMap<>();
    if (user == null || !user.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : user.properties()) {
      if (!e.getValue().isObject()) {
        continue;
      }
      JsonFields u = new JsonFields(e.getValue());
      Long id = u.longValue("ID");
      if (id == null) {
        try {
          id = Long.parseLong(e.getKey());
        } catch (NumberFormatException ex) {
          continue;
        }
      }
      out.put(id, new UserProfile(id, u.text("LoginName"), u.text("DisplayName")));
    }
    return out;
  }
}
