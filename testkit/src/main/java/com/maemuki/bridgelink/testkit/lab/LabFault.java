package com.maemuki.bridgelink.testkit.lab;

/** The guide's faults, each with the finding code the monitor must raise for it. */
public enum LabFault {
  DAEMON_GONE("daemon-stopped"),
  NEEDS_LOGIN("needs-login"),
  EMPTY_PROFILE("empty-profile"),
  BACKEND_STOPPED("backend-stopped"),
  KEY_EXPIRING("key-expiring"),
  KEY_EXPIRED("key-expired"),
  PEER_NOT_IN_TAILNET("peer-not-in-tailnet"),
  PEER_OFFLINE("peer-offline"),
  PORT_CLOSED("peer-port-closed"),
  LOCAL_PORT_NOT_LISTENING("local-port-not-listening"),
  RELAYED_PATH("path-relayed"),
  MAGICDNS_OFF("magicdns-disabled"),
  ACCEPT_DNS_OFF("dns-not-accepted"),
  NAME_UNRESOLVED("peer-name-unresolved"),
  HEALTH_WARNING("tailscale-health"),
  BAD_CONFIG("config-invalid");

  private final String code;

  LabFault(String code) {
    this.code = code;
  }

  /** The finding code the monitor raises for this fault. */
  public String code() {
    return code;
  }

  /** True for faults seen in the LocalAPI status/prefs poll (the 2.5 s target applies). */
  public boolean statusVisible() {
    return switch (this) {
      case PORT_CLOSED, LOCAL_PORT_NOT_LISTENING, NAME_UNRESOLVED, BAD_CONFIG -> false;
      default -> true;
    };
  }
}
