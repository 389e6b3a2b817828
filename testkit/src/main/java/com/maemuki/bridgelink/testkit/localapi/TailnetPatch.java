package com.maemuki.bridgelink.testkit.localapi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a scenario's {@code "set"} object to a {@link SimulatedTailnet}; the keys are listed in
 * docs/simulator.md. Unknown keys are an error, so a typo in a scenario is caught at once.
 */
final class TailnetPatch {

  private TailnetPatch() {}

  static void apply(SimulatedTailnet tailnet, JsonNode set) {
    synchronized (tailnet.lock()) {
      for (Map.Entry<String, JsonNode> entry : set.properties()) {
        JsonNode value = entry.getValue();
        switch (entry.getKey()) {
          case "backendState" -> backendState(tailnet, value.asString());
          case "health" -> tailnet.health(health(value));
          case "magicDns" -> tailnet.magicDns(value.asBoolean());
          case "version" -> tailnet.version(value.asString());
          case "prefs" -> value.properties().forEach(p -> tailnet.pref(p.getKey(), p.getValue()));
          case "self" -> node(tailnet.self(), value);
          case "peers" -> peers(tailnet, value);
          case "ping" -> pings(tailnet, value);
          case "starting" -> tailnet.starting(value.asBoolean());
          case "emptyProfile" -> {
            if (value.asBoolean()) {
              tailnet.profiles().switchToEmpty();
            } else {
              tailnet.profiles().switchTo(SimProfiles.OWNER);
            }
          }
          default ->
              throw new IllegalArgumentException("unknown key in \"set\": " + entry.getKey());
        }
      }
    }
  }

  private static void backendState(SimulatedTailnet tailnet, String state) {
    switch (state) {
      case "NeedsLogin" -> tailnet.needsLogin();
      case "Running" -> tailnet.running();
      case "Stopped" -> tailnet.stopped();
      default -> tailnet.backendState(state);
    }
  }

  private static List<SimHealth> health(JsonNode value) {
    List<SimHealth> warnings = new ArrayList<>();
    for (JsonNode item : value) {
      if (item.isString()) {
        warnings.add(SimHealth.ofText(item.asString()));
      } else {
        warnings.add(
            new SimHealth(
                item.path("code").asString("sim"),
                item.path("severity").asString("medium"),
                item.path("title").asString(item.path("text").asString()),
                item.path("text").asString()));
      }
    }
    return warnings;
  }

  private static void peers(SimulatedTailnet tailnet, JsonNode value) {
    if (value.isArray()) {
      for (JsonNode peer : value) {
        String name = peer.path("hostName").asString();
        node(tailnet.addPeer(name, firstIp(peer, name)), peer);
      }
      return;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String name = entry.getKey();
      if (entry.getValue().isNull()) {
        tailnet.removePeer(name);
      } else if (tailnet.peers().stream().anyMatch(p -> p.hostName().equals(name))) {
        node(tailnet.peer(name), entry.getValue());
      } else {
        node(tailnet.addPeer(name, firstIp(entry.getValue(), name)), entry.getValue());
      }
    }
  }

  private static String firstIp(JsonNode peer, String name) {
    JsonNode ips = peer.path("ips");
    if (!ips.isArray() || ips.isEmpty()) {
      throw new IllegalArgumentException("new peer " + name + " needs \"ips\"");
    }
    return ips.get(0).asString();
  }

  private static void node(SimNode node, JsonNode patch) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (Map.Entry<String, JsonNode> entry : patch.properties()) {
      JsonNode v = entry.getValue();
      switch (entry.getKey()) {
        case "hostName" -> node.hostName(v.asString());
        case "dnsName" -> node.dnsName(v.asString());
        case "os" -> node.os(v.asString());
        case "ips" -> node.tailscaleIps(strings(v));
        case "tags" -> node.tags(strings(v));
        case "online" -> node.online(v.asBoolean());
        case "active" -> node.active(v.asBoolean());
        case "curAddr" -> node.curAddr(v.asString());
        case "relay" -> node.relay(v.asString());
        case "peerRelay" -> node.peerRelay(v.asString());
        case "expired" -> node.expired(v.asBoolean());
        case "shareeNode" -> node.shareeNode(v.asBoolean());
        case "sharedInBy" -> node.altSharerUserId(v.isNull() ? null : v.asLong());
        case "pingLatencyMs" -> node.pingLatencyMillis(v.asInt());
        case "keyExpiry" -> node.keyExpiry(v.isNull() ? null : Instant.parse(v.asString()));
        case "keyExpiresIn" ->
            node.keyExpiry(v.isNull() ? null : now.plus(ScenarioDurations.parse(v.asString())));
        case "lastSeenAgo" -> node.lastSeen(now.minus(ScenarioDurations.parse(v.asString())));
        case "path" -> path(node, v.asString(), now);
        default -> throw new IllegalArgumentException("unknown node key: " + entry.getKey());
      }
    }
  }

  /**
   * {@code direct:IP:PORT}, {@code derp:REGION}, {@code peer-relay:ADDR}, {@code idle}, {@code
   * offline}.
   */
  private static void path(SimNode node, String path, Instant now) {
    int colon = path.indexOf(':');
    String kind = colon < 0 ? path : path.substring(0, colon);
    String arg = colon < 0 ? "" : path.substring(colon + 1);
    switch (kind) {
      case "direct" -> node.direct(arg);
      case "derp" -> node.relayed(arg.isEmpty() ? node.relay() : arg);
      case "peer-relay" -> node.viaPeerRelay(arg);
      case "idle" -> node.online(true).active(false).curAddr("").peerRelay("");
      case "offline" -> node.offline(now);
      default -> throw new IllegalArgumentException("unknown path: " + path);
    }
  }

  private static void pings(SimulatedTailnet tailnet, JsonNode value) {
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      JsonNode v = entry.getValue();
      PingScript script;
      if (v.isNull()) {
        script = null;
      } else if (v.isString() && v.asString().equals("never")) {
        script = PingScript.never();
      } else if (v.isString()) {
        script = PingScript.error(v.asString());
      } else {
        script = pingObject((ObjectNode) v);
      }
      tailnet.pingScript(entry.getKey(), script);
    }
  }

  private static PingScript pingObject(ObjectNode v) {
    return new PingScript(
        false,
        v.path("err").asString(""),
        java.time.Duration.ofMillis(v.path("latencyMs").asLong(10)),
        v.path("endpoint").asString(""),
        v.path("peerRelay").asString(""),
        v.path("derpRegionId").asInt(0),
        v.path("derpRegionCode").asString(""));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
