package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.EngineStatus;
import com.maemuki.bridgelink.tailscale.model.HealthWarning;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Parses {@code ipn.Notify} messages of {@code watch-ipn-bus}: one compact JSON object per line
 * ({@code State} is an integer here, unlike Status's string).
 */
public final class NotifyJsonParser {

  private NotifyJsonParser() {}

  /** One NDJSON line as the LocalAPI streams it. */
  public static Notify parseLine(byte[] line) throws TailscaleParseException {
    return parseLine(TextDecoding.decode(line));
  }

  public static Notify parseLine(String line) throws TailscaleParseException {
    return fromNode(JsonDocuments.readObject(line, "IPN bus message"));
  }

  /**
   * A captured stream: every object in order. A malformed line (typically a paste cut off mid-line)
   * is skipped when others parse; with none parseable the first error is thrown.
   */
  public static List<Notify> parseStream(String text) throws TailscaleParseException {
    List<Notify> out = new ArrayList<>();
    TailscaleParseException first = null;
    int lineNo = 0;
    for (String line : TextDecoding.normalize(text).split("\n")) {
      lineNo++;
      if (line.isBlank() || JsonDocuments.jsonStart(line) < 0) {
        continue;
      }
      try {
        out.add(parseLine(line));
      } catch (TailscaleParseException e) {
        if (first == null) {
          first = new TailscaleParseException("line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    if (out.isEmpty()) {
      throw first != null ? first : new TailscaleParseException("no IPN bus messages found");
    }
    return out;
  }

  static Notify fromNode(JsonNode root) throws TailscaleParseException {
    JsonFields f = new JsonFields(root);
    if (!f.has("Version") && !root.has("State") && !root.has("ErrMessage")) {
      throw new TailscaleParseException("not an IPN bus message: no Version, State or ErrMessage");
    }
    Long state = f.longValue("State");
    BackendState backend = null;
    if (state != null) {
      backend = BackendState.fromCode(state.intValue());
    } else if (f.text("State") != null) {
      backend = BackendState.fromName(f.text("State"));
    }
    JsonFields prefsNode = f.object("Prefs");
    Prefs prefs = null;
    if (prefsNode != null) {
      try {
        prefs = PrefsJsonParser.fromNode(f.node("Prefs"));
      } catch (TailscaleParseException e) {
        prefs = null; // a Prefs delta we cannot read does not spoil the rest of the message
      }
    }
    return new Notify(
        f.text("Version"),
        f.text("SessionID"),
        f.text("ErrMessage"),
        f.node("LoginFinished") != null,
        backend,
        f.text("BrowseToURL"),
        health(f.object("Health")),
        engine(f.object("Engine")),
        prefs);
  }

  private static Map<String, HealthWarning> health(JsonFields health) {
    if (health == null) {
      return null;
    }
    Map<String, HealthWarning> out = new LinkedHashMap<>();
    JsonNode warnings = health.node("Warnings");
    if (warnings == null || !warnings.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : warnings.properties()) {
      if (!e.getValue().isObject()) {
        continue;
      }
      JsonFields w = new JsonFields(e.getValue());
      String code = w.text("WarnableCode");
      out.put(
          e.getKey(),
          new HealthWarning(
              code == null ? e.getKey() : code,
              w.text("Severity"),
              w.text("Title"),
              w.text("Text"),
              w.time("BrokenSince"),
              w.bool("ImpactsConnectivity")));
    }
    return out;
  }

  private static EngineStatus engine(JsonFields e) {
    if (e == null) {
      return null;
    }
    return new EngineStatus(
        e.longOrZero("RBytes"),
        e.longOrZero("WBytes"),
        e.intOrZero("NumLive"),
        e.intOrZero("LiveDERPs"));
  }
}
