package com.maemuki.bridgelink.tailscale.parse;

import com.maemuki.bridgelink.tailscale.model.Prefs;
import tools.jackson.databind.JsonNode;

/** Parses {@code ipn.Prefs} ({@code GET}/{@code PATCH /localapi/v0/prefs} responses). */
public final class PrefsJsonParser {

  private PrefsJsonParser() {}

  public static Prefs parse(byte[] body) throws TailscaleParseException {
    return parse(TextDecoding.decode(body));
  }

  public static Prefs parse(String text) throws TailscaleParseException {
    return fromNode(JsonDocuments.readObject(text, "prefs"));
  }

  /** Maps an already-read Prefs object (also the bus's {@code Prefs}). */
  public static Prefs fromNode(JsonNode root) throws TailscaleParseException {
    JsonFields f = new JsonFields(root);
    if (!f.has("ControlURL")
        && !f.has("WantRunning")
        && !f.has("CorpDNS")
        && !f.has("RouteAll")
        && !f.has("LoggedOut")) {
      throw new TailscaleParseException(
          "not Tailscale prefs: none of ControlURL, WantRunning, CorpDNS, RouteAll, LoggedOut");
    }
    JsonFields config = f.object("Config");
    JsonFields profile = config == null ? null : config.object("UserProfile");
    return new Prefs(
        f.text("ControlURL"),
        f.bool("RouteAll"),
        f.text("ExitNodeID"),
        f.bool("CorpDNS"),
        f.bool("WantRunning"),
        f.bool("LoggedOut"),
        f.bool("ShieldsUp"),
        f.bool("ForceDaemon"),
        f.text("Hostname"),
        profile == null ? null : profile.text("LoginName"),
        config == null ? null : config.text("NodeID"));
  }
}
