package com.maemuki.bridgelink.service.platform.firewall;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The three Windows Firewall profiles. */
public enum ProfileKind {
  DOMAIN,
  PRIVATE,
  PUBLIC;

  /** "Domain", "Private", "Public": as PowerShell prints them. */
  public String displayName() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** Parses one name; null when unknown. */
  static ProfileKind parse(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "domain":
        return DOMAIN;
      case "private":
        return PRIVATE;
      case "public":
        return PUBLIC;
      default:
        return null;
    }
  }

  /**
   * Parses a rule's Profile value: "Any" (or "0", or empty) means all three; "Domain, Private" a
   * list; a number the NET_FW_PROFILE2 bit mask (1 Domain, 2 Private, 4 Public).
   */
  static Set<ProfileKind> parseSet(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("any") || t.equals("0")) {
      return EnumSet.allOf(ProfileKind.class);
    }
    if (t.matches("\\d{1,3}")) {
      int mask = Integer.parseInt(t);
      EnumSet<ProfileKind> set = EnumSet.noneOf(ProfileKind.class);
      if ((mask & 1) != 0) {
        set.add(DOMAIN);
      }
      if ((mask & 2) != 0) {
        set.add(PRIVATE);
      }
      if ((mask & 4) != 0) {
        set.add(PUBLIC);
      }
      return set.isEmpty() ? EnumSet.allOf(ProfileKind.class) : set;
    }
    EnumSet<ProfileKind> set = EnumSet.noneOf(ProfileKind.class);
    for (String part : t.split("[,;\\s]+")) {
      ProfileKind k = parse(part);
      if (k != null) {
        set.add(k);
      }
    }
    return set;
  }
}
