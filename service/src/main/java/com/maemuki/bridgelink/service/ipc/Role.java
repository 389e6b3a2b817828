package com.maemuki.bridgelink.service.ipc;

import java.util.Locale;

/** What a caller may do: viewers read, operators also run privileged repairs. */
public enum Role {
  VIEWER,
  OPERATOR;

  /** The name sent in {@code welcome.roles}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
