package com.maemuki.bridgelink.service.repair.user;

import com.maemuki.bridgelink.service.repair.Repair;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import java.util.List;

/** The user-context repairs, for the process that runs as the signed-in user (the tray). */
public final class UserRepairs {

  private UserRepairs() {}

  public static List<Repair> create(
      LocalApiClient client, BrowserOpener browser, ClipboardWriter clipboard) {
    return List.of(
        new ReauthRepair(client, browser),
        PrefsRepair.tailscaleUp(client),
        PrefsRepair.acceptDns(client),
        PrefsRepair.enableUnattended(client),
        new OpenAdminConsoleRepair(browser),
        new CopyShareInstructionsRepair(client, clipboard));
  }
}
