package com.maemuki.bridgelink.testkit.localapi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code POST ping} the way tailscaled does: a {@code PingResult} whose path fields follow
 * the peer's state (peer relay, direct endpoint or its DERP region), {@code Err} with HTTP 200 for
 * "no matching peer" and the local IP, and no answer at all for an offline or expired peer (the
 * client must give up and close). A {@link PingScript} overrides all of this for its IP.
 */
final class PingResponder {

  /** Region IDs of tailscale's default DERP map for the codes the fixtures use. */
  private static final Map<String, Integer> REGION_IDS =
      Map.ofEntries(
          Map.entry("nyc", 1),
          Map.entry("sfo", 2),
          Map.entry("sin", 3),
          Map.entry("fra", 4),
          Map.entry("syd", 5),
          Map.entry("blr", 6),
          Map.entry("tok", 7),
          Map.entry("lhr", 8),
          Map.entry("dfw", 9),
          Map.entry("sea", 10),
          Map.entry("sao", 11),
          Map.entry("ord", 12),
          Map.entry("den", 13),
          Map.entry("ams", 14),
          Map.entry("jnb", 15),
          Map.entry("mia", 16),
          Map.entry("lax", 17),
          Map.entry("par", 18),
          Map.entry("mad", 19),
          Map.entry("hkg", 20),
          Map.entry("tor", 21),
          Map.entry("hnl", 22),
          Map.entry("waw", 24));

  private PingResponder() {}

  static int regionId(String code) {
    return REGION_IDS.getOrDefault(code, 900);
  }

  /** The PingResult to send, or empty when tailscaled would never answer. */
  static Optional<ObjectNode> answer(SimulatedTailnet tailnet, String ip, String type) {
    synchronized (tailnet.lock()) {
      Optional<SimNode> peer = tailnet.peerByIp(ip);
      Optional<PingScript> script = tailnet.pingScript(ip);
      if (script.isPresent()) {
        PingScript s = script.get();
        return s.noAnswer() ? Optional.empty() : Optional.of(fromScript(ip, peer, s));
      }
      if (tailnet.self().tailscaleIps().contains(ip)) {
        ObjectNode local = result(ip, "", "", ip + " is local Tailscale IP");
        local.put("IsLocalIP", true);
        return Optional.of(local);
      }
      String state = tailnet.backendState();
      if (peer.isEmpty() || state.equals("NeedsLogin") || state.equals("NoState")) {
        return Optional.of(result(ip, "", "", "no matching peer"));
      }
      SimNode p = peer.get();
      if (state.equals("Stopped")) {
        return Optional.of(result(ip, ip, nodeName(p), "local tailscaled stopped"));
      }
      if (!p.online() || p.expired()) {
        return Optional.empty();
      }
      ObjectNode reply = result(ip, ip, nodeName(p), "");
      reply.put("LatencySeconds", p.pingLatencyMillis() / 1000.0);
      if (type.equals("disco")) {
        if (!p.peerRelay().isEmpty()) {
          reply.put("PeerRelay", p.peerRelay());
        } else if (!p.curAddr().isEmpty()) {
          reply.put("Endpoint", p.curAddr());
        } else if (!p.relay().isEmpty()) {
          reply.put("DERPRegionID", regionId(p.relay()));
          reply.put("DERPRegionCode", p.relay());
        }
      } else if (type.equals("TSMP")) {
        reply.put("PeerAPIPort", 41112);
      }
      return Optional.of(reply);
    }
  }

  private static ObjectNode fromScript(String ip, Optional<SimNode> peer, PingScript s) {
    String nodeIp = peer.isPresent() ? ip : "";
    ObjectNode reply = result(ip, nodeIp, peer.map(PingResponder::nodeName).orElse(""), s.err());
    Duration latency = s.latency();
    reply.put("LatencySeconds", latency.toNanos() / 1e9);
    reply.put("Endpoint", s.endpoint());
    reply.put("PeerRelay", s.peerRelay());
    reply.put("DERPRegionID", s.derpRegionId());
    reply.put("DERPRegionCode", s.derpRegionCode());
    return reply;
  }

  private static ObjectNode result(String ip, String nodeIp, String nodeName, String err) {
    ObjectNode r = TabJson.object();
    r.put("IP", ip);
    r.put("NodeIP", nodeIp);
    r.put("NodeName", nodeName);
    r.put("Err", err);
    r.put("LatencySeconds", 0);
    r.put("Endpoint", "");
    r.put("PeerRelay", "");
    r.put("DERPRegionID", 0);
    r.put("DERPRegionCode", "");
    return r;
  }

  /** The DNS name's first label, else the host name (as tailscaled's PingResult.NodeName). */
  private static String nodeName(SimNode p) {
    String dns = p.dnsName();
    int dot = dns.indexOf('.');
    return dot > 0 ? dns.substring(0, dot) : p.hostName();
  }
}
