package com.maemuki.bridgelink.service.finding;

import java.util.Locale;

/** Who can fix a finding: decides whether the tray offers a button or text for someone else. */
public enum Fixer {
  /** The service can repair it (runs as LocalSystem/root). */
  SERVICE,
  /** The signed-in user can repair it through the tray (runs as that user). */
  TRAY_USER,
  /** The person who shared the peer in (or runs the peer machine). */
  PEER_OWNER,
  /** The tailnet administrator, in the Tailscale admin console. */
  TAILNET_ADMIN,
  /** Nobody with a click: information and advice only. */
  NOBODY;

  /** The kebab-case name used in JSON ({@code "tray-user"}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
