package com.maemuki.bridgelink.service.analyze;

import com.maemuki.bridgelink.tailscale.model.BusSnapshot;
import com.maemuki.bridgelink.tailscale.model.Notify;
import com.maemuki.bridgelink.tailscale.model.PingAttempt;
import com.maemuki.bridgelink.tailscale.model.PingTranscript;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import com.maemuki.bridgelink.tailscale.model.StatusText;
import com.maemuki.bridgelink.tailscale.parse.JsonDocuments;
import com.maemuki.bridgelink.tailscale.parse.NetcheckJsonParser;
import com.maemuki.bridgelink.tailscale.parse.NetcheckTextParser;
import com.maemuki.bridgelink.tailscale.parse.NotifyJsonParser;
import com.maemuki.bridgelink.tailscale.parse.PingResultJsonParser;
import com.maemuki.bridgelink.tailscale.parse.PingTranscriptParser;
import com.maemuki.bridgelink.tailscale.parse.PrefsJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusJsonParser;
import com.maemuki.bridgelink.tailscale.parse.StatusTextParser;
import com.maemuki.bridgelink.tailscale.parse.TailscaleParseException;
import com.maemuki.bridgelink.tailscale.parse.TextDecoding;
import com.maemuki.bridgelink.tailscale.parse.TranscriptLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Decides what a capture is and parses it. JSON is told apart by its keys; text by a {@code
 * tailscale …} command line when the paste has one, else by which parser recognises it (netcheck,
 * then ping, then status), with the file name deciding the one ambiguous case (a bare "Tailscale is
 * stopped." is printed by both {@code status} and {@code ping}).
 */
public final class KindDetector {

  /** The outcome for one input: a capture, or (kind unknown) the reason there is none. */
  public record Detected(InputKind kind, Capture capture, String error) {
    static Detected of(Capture c) {
      return new Detected(c.kind(), c, null);
    }

    static Detected unknown(String reason) {
      return new Detected(InputKind.UNKNOWN, null, reason);
    }
  }

  private static final String NOT_A_CAPTURE =
      "not a Tailscale capture: expected status, prefs, ping or netcheck JSON, an IPN bus NDJSON"
          + " stream, or the output of tailscale status, ping or netcheck";

  private KindDetector() {}

  public static Detected detect(String name, byte[] bytes) {
    if (TextDecoding.looksBinary(bytes)) {
      return Detected.unknown("binary data, not a text capture");
    }
    String text = TextDecoding.decode(bytes);
    if (text.isBlank()) {
      return Detected.unknown("empty file");
    }
    String jsonError = null;
    if (JsonDocuments.jsonStart(text) >= 0) {
      try {
        List<JsonNode> nodes = JsonDocuments.readAll(text);
        Capture own = BundleParts.detect(name, nodes);
        if (own != null) {
          return Detected.of(own);
        }
        Detected json = detectJson(nodes, text);
        if (json.kind() != InputKind.UNKNOWN) {
          return json;
        }
        jsonError = json.error();
      } catch (TailscaleParseException e) {
        jsonError = e.getMessage();
      }
    }
    Detected fromText = detectText(name, text);
    if (fromText.kind() == InputKind.UNKNOWN && jsonError != null) {
      return Detected.unknown(jsonError);
    }
    return fromText;
  }

  private static Detected detectJson(List<JsonNode> nodes, String text)
      throws TailscaleParseException {
    List<JsonNode> objects = nodes.stream().filter(JsonNode::isObject).collect(Collectors.toList());
    if (objects.isEmpty()) {
      return Detected.unknown("JSON, but no object in it");
    }
    JsonNode first = objects.get(0);
    if (objects.stream().anyMatch(KindDetector::looksLikeNotify)) {
      List<Notify> notes = NotifyJsonParser.parseStream(text);
      Prefs prefs = null;
      for (Notify n : notes) {
        prefs = n.prefs() != null ? n.prefs() : prefs;
      }
      return Detected.of(new Capture.Bus(BusSnapshot.fold(notes), prefs));
    }
    if (hasAny(first, "BackendState", "Self", "Peer", "TailscaleIPs")) {
      JsonNode last = first;
      for (JsonNode n : objects) {
        last = hasAny(n, "BackendState", "Self", "Peer") ? n : last; // `tailscale up --json`
      }
      return Detected.of(new Capture.StatusJson(StatusJsonParser.fromNode(last)));
    }
    // A login profile (profiles/current) carries ControlURL too, but no preference of its own.
    if (hasAny(first, "WantRunning", "CorpDNS", "RouteAll", "LoggedOut")
        || (first.has("ControlURL") && !first.has("LocalUserID"))) {
      return Detected.of(new Capture.PrefsJson(PrefsJsonParser.fromNode(first)));
    }
    if (hasAny(first, "LatencySeconds", "NodeIP")) {
      List<PingAttempt> attempts = new ArrayList<>();
      for (var r : PingResultJsonParser.parseAll(text)) {
        attempts.add(r.toAttempt(null));
      }
      return Detected.of(new Capture.PingJson(attempts));
    }
    if (hasAny(first, "UDP", "PreferredDERP", "RegionLatency")) {
      return Detected.of(new Capture.Netcheck(NetcheckJsonParser.parse(text), true));
    }
    if (objects.size() == 1 && hasAny(first, "error", "Error")) {
      JsonNode e = first.has("error") ? first.get("error") : first.get("Error");
      return Detected.unknown("a LocalAPI error response: " + e.asString());
    }
    List<String> keys = new ArrayList<>(first.propertyNames());
    String shown =
        keys.size() > 6 ? String.join(", ", keys.subList(0, 6)) + ", …" : String.join(", ", keys);
    return Detected.unknown("JSON, but not a Tailscale capture (keys: " + shown + ")");
  }

  private static boolean looksLikeNotify(JsonNode n) {
    return n.has("Version")
        && !n.has("BackendState")
        && (n.has("State")
            || n.has("ErrMessage")
            || n.has("BrowseToURL")
            || n.has("LoginFinished")
            || n.has("Engine")
            || n.has("SessionID"));
  }

  private static boolean hasAny(JsonNode n, String... keys) {
    for (String k : keys) {
      if (n.has(k)) {
        return true;
      }
    }
    return false;
  }

  private static Detected detectText(String name, String text) {
    String command = firstCommand(text);
    if ("ping".equals(command)) {
      return ping(text);
    }
    if ("status".equals(command)) {
      return status(text);
    }
    if ("netcheck".equals(command)) {
      return netcheck(text);
    }
    Detected n = netcheck(text);
    if (n.kind() != InputKind.UNKNOWN) {
      return n;
    }
    try {
      PingTranscript t = PingTranscriptParser.parse(text);
      if (!t.attempts().isEmpty()) {
        return Detected.of(new Capture.PingText(t));
      }
    } catch (TailscaleParseException e) {
      // not a ping transcript; try status text
    }
    Detected s = status(text);
    if (s.kind() == InputKind.STATUS_TEXT
        && ((Capture.StatusTextCapture) s.capture()).text().nodes().isEmpty()
        && baseName(name).contains("ping")) {
      return ping(text);
    }
    return s;
  }

  private static Detected ping(String text) {
    try {
      return Detected.of(new Capture.PingText(PingTranscriptParser.parse(text)));
    } catch (TailscaleParseException e) {
      return Detected.unknown(e.getMessage());
    }
  }

  private static Detected status(String text) {
    try {
      StatusText t = StatusTextParser.parse(text);
      return Detected.of(new Capture.StatusTextCapture(t));
    } catch (TailscaleParseException e) {
      return Detected.unknown(NOT_A_CAPTURE);
    }
  }

  private static Detected netcheck(String text) {
    try {
      return Detected.of(new Capture.Netcheck(NetcheckTextParser.parse(text), false));
    } catch (TailscaleParseException e) {
      return Detected.unknown(e.getMessage());
    }
  }

  private static String firstCommand(String text) {
    for (TranscriptLines.Line l : TranscriptLines.clean(text)) {
      if (l.isCommand()) {
        return l.subcommand();
      }
    }
    return null;
  }

  private static String baseName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
