package com.maemuki.bridgelink.testkit.localapi;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code ipn.Prefs} document tailscaled serves on {@code GET prefs}, in its field order, with
 * the key material stripped the way tailscaled strips it ({@code privkey:000…}).
 */
final class SimPrefs {

  private static final String ZERO_KEY = "0".repeat(64);

  /** Tailscale's own control server, the {@code ControlURL} of a default login. */
  static final String DEFAULT_CONTROL_URL = "https://controlplane.tailscale.com";

  private SimPrefs() {}

  /** A Windows machine's prefs with Run Unattended on and MagicDNS accepted. */
  static ObjectNode defaults() {
    ObjectNode prefs = TabJson.object();
    prefs.put("ControlURL", DEFAULT_CONTROL_URL);
    prefs.put("RouteAll", false);
    prefs.put("ExitNodeID", "");
    prefs.put("ExitNodeIP", "");
    prefs.put("InternalExitNodePrior", "");
    prefs.put("ExitNodeAllowLANAccess", false);
    prefs.put("CorpDNS", true);
    prefs.put("RunSSH", false);
    prefs.put("RunWebClient", false);
    prefs.put("WantRunning", true);
    prefs.put("LoggedOut", false);
    prefs.put("ShieldsUp", false);
    prefs.putNull("AdvertiseTags");
    prefs.put("Hostname", "");
    prefs.put("NotepadURLs", false);
    prefs.put("ForceDaemon", true);
    prefs.putNull("AdvertiseRoutes");
    prefs.putNull("AdvertiseServices");
    prefs.putNull("Sync");
    prefs.put("NoSNAT", false);
    prefs.put("NetfilterMode", 2);
    ObjectNode autoUpdate = prefs.putObject("AutoUpdate");
    autoUpdate.put("Check", true);
    autoUpdate.put("Apply", false);
    prefs.putObject("AppConnector").put("Advertise", false);
    prefs.put("PostureChecking", false);
    prefs.put("NetfilterKind", "");
    prefs.put("RemoteConfig", false);
    prefs.putNull("DriveShares");
    return prefs;
  }

  /** The served document: the prefs plus a {@code Config} with zeroed keys and the profile. */
  static ObjectNode document(ObjectNode prefs, SimNode self, String[] user) {
    ObjectNode doc = prefs.deepCopy();
    ObjectNode config = doc.putObject("Config");
    config.put("PrivateNodeKey", "privkey:" + ZERO_KEY);
    config.put("OldPrivateNodeKey", "privkey:" + ZERO_KEY);
    ObjectNode profile = config.putObject("UserProfile");
    profile.put("ID", self.userId());
    profile.put("LoginName", user == null ? "" : user[0]);
    profile.put("DisplayName", user == null ? "" : user[1]);
    config.put("NetworkLockKey", "nlpriv:" + ZERO_KEY);
    config.put("NodeID", self.id());
    return doc;
  }
}
