package com.maemuki.bridgelink.testkit.localapi;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile manager on Windows ({@code ipn/ipnlocal/profiles.go}, {@code ipn/ipnlocal/local.go
 * resolveBestProfileLocked, CheckIPNConnectionAllowed}): the known profiles, the current one (or
 * the empty profile), and the current Windows user. A user's first request on an idle server
 * switches to that user's profile ({@code SetCurrentUser(actor)}); when the last request ends
 * ({@code SetCurrentUser(nil)}) tailscaled stays on the current profile only with Run Unattended
 * (ForceDaemon) on, and otherwise switches to the empty profile: NeedsLogin, LoggedOut, no
 * ControlURL, {@code profiles/current} with ID "".
 */
public final class SimProfiles {

  /** The owner of the sample tailnet's profile. */
  public static final SimProfile OWNER =
      new SimProfile(
          "8f3a",
          "S-1-5-21-1111111111-2222222222-3333333333-1001",
          "BRIDGE-PC\\ops",
          "ops@example.com");

  private final SimulatedTailnet tailnet;
  private final List<SimProfile> known = new ArrayList<>(List.of(OWNER));
  private SimProfile current = OWNER;
  private String emptyOwner = "";
  private String currentUser;

  SimProfiles(SimulatedTailnet tailnet) {
    this.tailnet = tailnet;
    this.currentUser = OWNER.ownerSid();
  }

  /** The current profile, or null on the empty profile. */
  public SimProfile current() {
    synchronized (tailnet.lock()) {
      return current;
    }
  }

  /** Adds a profile tailscaled knows (for another Windows user, say). */
  public void add(SimProfile profile) {
    synchronized (tailnet.lock()) {
      known.add(profile);
    }
  }

  /**
   * Nobody signed in and Run Unattended off: what tailscaled does when the last user's request
   * ends. The profile's state is kept and comes back when its owner connects.
   */
  public void switchToEmpty() {
    synchronized (tailnet.lock()) {
      current = null;
      emptyOwner = "";
      currentUser = "";
      tailnet.enterEmptyProfile();
    }
  }

  /** Switches to {@code profile} (one of the known ones), restoring its state. */
  public void switchTo(SimProfile profile) {
    synchronized (tailnet.lock()) {
      current = profile;
      tailnet.leaveEmptyProfile();
    }
  }

  void userConnected(SimIdentity who) {
    synchronized (tailnet.lock()) {
      currentUser = who.sid();
      if (current != null && current.ownerSid().equals(who.sid())) {
        return;
      }
      SimProfile own =
          known.stream().filter(p -> p.ownerSid().equals(who.sid())).findFirst().orElse(null);
      if (own == null) {
        current = null; // a new, empty profile for this user (SwitchToNewProfileForUser)
        emptyOwner = who.sid();
        tailnet.enterEmptyProfile();
      } else {
        switchTo(own);
      }
    }
  }

  void userDisconnected() {
    synchronized (tailnet.lock()) {
      if (current != null && tailnet.prefs().path("ForceDaemon").asBoolean(false)) {
        currentUser = current.ownerSid(); // server mode: stays on the owner's profile
        return;
      }
      switchToEmpty();
    }
  }

  /** CheckIPNConnectionAllowed: null when {@code who} may connect now. */
  String connectionRefusal(SimIdentity who) {
    synchronized (tailnet.lock()) {
      if (currentUser.isEmpty() || who.isSystem() || who.sid().equals(currentUser)) {
        return null;
      }
      String reason =
          tailnet.prefs().path("ForceDaemon").asBoolean(false)
              ? "running in server mode"
              : "already in use";
      return "Tailscale "
          + reason
          + " (\""
          + nameOf(currentUser)
          + "\"); connection from \""
          + who.name()
          + "\" not allowed";
    }
  }

  private String nameOf(String sid) {
    return known.stream()
        .filter(p -> p.ownerSid().equals(sid))
        .map(SimProfile::ownerName)
        .findFirst()
        .orElse(sid);
  }

  /** {@code GET profiles/current}: the {@code ipn.LoginProfile} JSON. */
  ObjectNode document() {
    synchronized (tailnet.lock()) {
      ObjectNode p = TabJson.object();
      boolean empty = current == null;
      p.put("ID", empty ? "" : current.id());
      p.put("Name", empty ? "" : current.loginName());
      ObjectNode network = p.putObject("NetworkProfile");
      network.put("MagicDNSName", empty ? "" : tailnet.magicDnsSuffix());
      network.put("DomainName", empty ? "" : tailnet.tailnetName());
      network.put("DisplayName", empty ? "" : tailnet.tailnetName());
      p.put("Key", empty ? "" : "profile-" + current.id());
      ObjectNode user = p.putObject("UserProfile");
      user.put("ID", empty ? 0 : tailnet.self().userId());
      user.put("LoginName", empty ? "" : current.loginName());
      user.put("DisplayName", empty ? "" : current.loginName());
      user.put("ProfilePicURL", "");
      p.put("NodeID", empty ? "" : tailnet.self().id());
      p.put("LocalUserID", empty ? emptyOwner : current.ownerSid());
      p.put("ControlURL", empty ? "" : "https://controlplane.tailscale.com");
      return p;
    }
  }
}
