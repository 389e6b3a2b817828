package com.maemuki.bridgelink.service.platform.firewall;

import java.util.Locale;

/** A network connection profile's category; it selects which firewall profile applies. */
public enum NetworkCategory {
  PUBLIC,
  PRIVATE,
  DOMAIN_AUTHENTICATED,
  UNKNOWN;

  /**
   * The firewall profile this category selects. Unknown counts as Public: Windows treats an
   * unidentified network as Public, and assuming the strictest profile never hides a block.
   */
  public ProfileKind profile() {
    switch (this) {
      case PRIVATE:
        return ProfileKind.PRIVATE;
      case DOMAIN_AUTHENTICATED:
        return ProfileKind.DOMAIN;
      default:
        return ProfileKind.PUBLIC;
    }
  }

  /** Parses "Public"/"Private"/"DomainAuthenticated" or the enum numbers 0/1/2. */
  static NetworkCategory parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "public":
      case "0":
        return PUBLIC;
      case "private":
      case "1":
        return PRIVATE;
      case "domainauthenticated":
      case "2":
        return DOMAIN_AUTHENTICATED;
      default:
        return UNKNOWN;
    }
  }
}
