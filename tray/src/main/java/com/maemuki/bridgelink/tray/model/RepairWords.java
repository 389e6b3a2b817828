package com.maemuki.bridgelink.tray.model;

import java.util.Map;

/**
 * What a repair does, in words for the "Fix: …" entry. The service's {@code repair.list} title
 * wins; without one (an older service, a list that could not be fetched, a user repair the list
 * leaves out) the tray's own words for the repairs it knows; never the bare repair id.
 */
final class RepairWords {
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("reauth", "Sign in to Tailscale again"),
          Map.entry("reauthenticate", "Sign in to Tailscale again"),
          Map.entry("tailscale-up", "Connect Tailscale on this computer"),
          Map.entry("accept-dns", "Turn on Tailscale DNS (MagicDNS) here"),
          Map.entry("enable-unattended", "Keep Tailscale running when you sign out"),
          Map.entry("open-admin-console", "Open the Tailscale admin console"),
          Map.entry("copy-share-instructions", "Copy sharing steps for the peer's owner"),
          Map.entry("restart-tailscale", "Restart Tailscale"),
          Map.entry("restart-tailscaled", "Restart Tailscale"),
          Map.entry("open-inbound-port", "Let Tailscale reach the port"));

  private RepairWords() {}

  /**
   * @param id the repair id
   * @param title the service's title for it, or null
   */
  static String of(String id, String title) {
    if (title != null && !title.isBlank() && !title.equals(id)) {
      return title;
    }
    return KNOWN.getOrDefault(id, "Repair this automatically");
  }
}
