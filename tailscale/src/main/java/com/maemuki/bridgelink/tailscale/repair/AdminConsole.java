package com.maemuki.bridgelink.tailscale.repair;

import java.net.URI;

/** The Tailscale admin console pages a finding points at. */
public final class AdminConsole {

  /** Machines: approve this machine, share it, check key expiry. */
  public static final URI MACHINES = URI.create("https://login.tailscale.com/admin/machines");

  /** DNS: turn MagicDNS on. */
  public static final URI DNS = URI.create("https://login.tailscale.com/admin/dns");

  private AdminConsole() {}

  /** The page for a finding code: the DNS page for MagicDNS findings, else Machines. */
  public static URI pageFor(String findingCode) {
    return "magicdns-disabled".equals(findingCode) ? DNS : MACHINES;
  }
}
