package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.PingResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Parses {@code ipnstate.PingResult} ({@code POST /localapi/v0/ping}), one object or several
 * (NDJSON from a loop).
 */
public final class PingResultJsonParser {

  private PingResultJsonParser() {}

  public static PingResult parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static PingResult parse(String text) throws TailscaleParseException {
    return fromNode(JsonDocuments.readObject(text, "ping result"));
  }

  /** Every PingResult object in {@code text}, in order. */
  public static List<PingResult> parseAll(String text) throws TailscaleParseException {
    List<PingResult> out = new ArrayList<>();
    for (JsonNode n : JsonDocuments.readAll(text)) {
      if (n.isObject()) {
        out.add(fromNode(n));
      }
    }
    return out;
  }

  static PingResult fromNode(JsonNode root) throws TailscaleParseException {
    JsonFields f = new JsonFields(root);
    if (!f.has("LatencySeconds") && !f.has("NodeIP") && !f.has("Err") && !f.has("IP")) {
      throw new TailscaleParseException(
          "not a Tailscale ping result: none of IP, NodeIP, Err, LatencySeconds is present");
    }
    Double latency = f.doubleValue("LatencySeconds");
    return new PingResult(
        f.text("IP"),
        f.text("NodeIP"),
        f.text("NodeName"),
        f.text("Err"),
        latency == null ? 0.0 : latency,
        f.text("Endpoint"),
        f.text("PeerRelay"),
        f.intOrZero("DERPRegionID"),
        f.text("DERPRegionCode"),
        f.intOrZero("PeerAPIPort"),
        f.text("PeerAPIURL"),
        f.flag("IsLocalIP"));
  }
}
