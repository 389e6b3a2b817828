package com.maemuki.bridgelink.tailscale.localapi;

/** The {@code type} of a LocalAPI ping, spelled as tailscaled expects it on the wire. */
public enum PingType {
  /** WireGuard-level discovery ping: says whether the path is direct, DERP or a peer relay. */
  DISCO("disco"),
  /** Tailscale Message Protocol: proves the peer's tailscaled answers inside the tunnel. */
  TSMP("TSMP"),
  ICMP("ICMP"),
  PEERAPI("peerapi");

  private final String wireName;

  PingType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
