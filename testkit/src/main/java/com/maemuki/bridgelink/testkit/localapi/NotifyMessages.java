package com.maemuki.bridgelink.testkit.localapi;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ipn.Notify} messages as tailscaled writes them on the bus: compact, in struct order, the
 * always-present fields {@code null} when unchanged (every message is a delta).
 */
final class NotifyMessages {

  private NotifyMessages() {}

  private static ObjectNode base(String version, String sessionId) {
    ObjectNode n = TabJson.object();
    n.put("Version", version);
    if (sessionId != null) {
      n.put("SessionID", sessionId);
    }
    n.putNull("ErrMessage");
    n.putNull("LoginFinished");
    n.putNull("State");
    n.putNull("Prefs");
    n.putNull("NetMap");
    n.putNull("Engine");
    n.putNull("BrowseToURL");
    n.putNull("DriveShares");
    return n;
  }

  static ObjectNode state(String version, int state) {
    ObjectNode n = base(version, null);
    n.put("State", state);
    return n;
  }

  static ObjectNode loginFinished(String version) {
    ObjectNode n = base(version, null);
    n.putObject("LoginFinished");
    return n;
  }

  static ObjectNode browseTo(String version, String url) {
    ObjectNode n = base(version, null);
    n.put("BrowseToURL", url);
    return n;
  }

  static ObjectNode prefs(String version, ObjectNode prefs) {
    ObjectNode n = base(version, null);
    n.set("Prefs", prefs.deepCopy());
    return n;
  }

  static ObjectNode health(String version, List<SimHealth> warnings) {
    ObjectNode n = base(version, null);
    n.set("Health", healthState(warnings));
    return n;
  }

  /** The one line a refused {@code watch-ipn-bus} gets: the reason and State 1 (InUseOtherUser). */
  static ObjectNode inUseOtherUser(String version, String reason) {
    ObjectNode n = base(version, null);
    n.put("ErrMessage", reason);
    n.put("State", 1);
    return n;
  }

  static ObjectNode fellBehind(String version) {
    ObjectNode n = base(version, null);
    n.put("ErrMessage", "IPN bus consumer fell behind; closing watch");
    return n;
  }

  /**
   * The first message of a watch: what the mask's Initial* bits ask for (2 state, 4 prefs, 128
   * health); null when the mask asks for nothing initial.
   */
  static ObjectNode initial(SimulatedTailnet tailnet, long mask, String sessionId) {
    if ((mask & (2 | 4 | 128)) == 0) {
      return null;
    }
    synchronized (tailnet.lock()) {
      ObjectNode n = base(tailnet.version(), sessionId);
      if ((mask & 2) != 0) {
        n.put("State", tailnet.stateNumber());
        if (tailnet.backendState().equals("NeedsLogin") && !tailnet.authUrl().isEmpty()) {
          n.put("BrowseToURL", tailnet.authUrl());
        }
      }
      if ((mask & 4) != 0) {
        n.set("Prefs", tailnet.prefs());
      }
      if ((mask & 128) != 0) {
        n.set("Health", healthState(tailnet.health()));
      }
      return n;
    }
  }

  private static JsonNode healthState(List<SimHealth> warnings) {
    ObjectNode state = TabJson.object();
    ObjectNode all = state.putObject("Warnings");
    for (SimHealth w : warnings) {
      ObjectNode one = all.putObject(w.code());
      one.put("WarnableCode", w.code());
      one.put("Severity", w.severity());
      one.put("Title", w.title());
      one.put("Text", w.text());
    }
    return state;
  }
}
