package com.maemuki.bridgelink.service.platform.firewall;

import java.util.Objects;

/**
 * The Tailscale network adapter's connection profile.
 *
 * @param found the adapter exists and has a connection profile
 * @param alias its interface alias ("Tailscale")
 * @param category the network category, which selects the firewall profile
 */
public record TailscaleAdapter(boolean found, String alias, NetworkCategory category) {

  public TailscaleAdapter {
    alias = alias == null || alias.isBlank() ? "Tailscale" : alias;
    Objects.requireNonNull(category, "category");
  }
}
