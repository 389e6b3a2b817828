package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.DerpLatency;
import com.maemuki.bridgelink.tailscale.model.NetcheckReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Parses {@code tailscale netcheck --format=json} or {@code json-line} ({@code netcheck.Report}).
 * The CLI's stderr warning line ({@code # Warning: this JSON format is not yet considered a stable
 * interface}) may precede the JSON in a capture. Regions are numeric IDs only (names live in the
 * DERP map), latencies are nanoseconds.
 */
public final class NetcheckJsonParser {

  private NetcheckJsonParser() {}

  public static NetcheckReport parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  /** The last report in {@code text} (with {@code --every}, the most recent one). */
  public static NetcheckReport parse(String text) throws TailscaleParseException {
    List<JsonNode> all = JsonDocuments.readAll(text);
    JsonNode last = all.get(all.size() - 1);
    if (!last.isObject()) {
      throw new TailscaleParseException("netcheck: expected a JSON object");
    }
    return fromNode(last);
  }

  static NetcheckReport fromNode(JsonNode root) throws TailscaleParseException {
    JsonFields f = new JsonFields(root);
    if (!f.has("UDP") && !f.has("PreferredDERP") && !f.has("RegionLatency")) {
      throw new TailscaleParseException(
          "not a netcheck report: none of UDP, PreferredDERP, RegionLatency is present");
    }
    List<String> mapping = new ArrayList<>();
    boolean anyKnown = false;
    String[][] protocols = {{"UPnP", "UPnP"}, {"PMP", "NAT-PMP"}, {"PCP", "PCP"}};
    for (String[] p : protocols) {
      Boolean b = f.bool(p[0]);
      anyKnown |= b != null;
      if (Boolean.TRUE.equals(b)) {
        mapping.add(p[1]);
      }
    }
    Long preferred = f.longValue("PreferredDERP");
    return new NetcheckReport(
        f.time("Now"),
        f.bool("UDP"),
        f.bool("IPv4"),
        emptyToNull(f.text("GlobalV4")),
        f.bool("IPv6"),
        emptyToNull(f.text("GlobalV6")),
        f.bool("MappingVariesByDestIP"),
        anyKnown ? mapping : null,
        f.bool("CaptivePortal"),
        preferred == null || preferred == 0 ? null : preferred.intValue(),
        null,
        latencies(f.node("RegionLatency")));
  }

  private static List<DerpLatency> latencies(JsonNode regions) {
    List<DerpLatency> out = new ArrayList<>();
    if (regions == null || !regions.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : regions.properties()) {
      Integer id;
      try {
        id = Integer.parseInt(e.getKey().trim());
      } catch (NumberFormatException ex) {
        id = null;
      }
      JsonNode v = e.getValue();
      Double ms = v != null && v.isNumber() ? v.asDouble() / 1_000_000.0 : null;
      out.add(new DerpLatency(id, null, id == null ? e.getKey() : null, ms));
    }
    out.sort(
        (a, b) ->
            a.latencyMs() == null
                ? (b.latencyMs() == null ? 0 : 1)
                : b.latencyMs() == null ? -1 : Double.compare(a.latencyMs(), b.latencyMs()));
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
