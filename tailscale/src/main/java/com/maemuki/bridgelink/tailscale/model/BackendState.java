package com.maemuki.bridgelink.tailscale.model;

import java.util.Locale;

/**
 * tailscaled's {@code ipn.State}: a string in {@code Status.BackendState}, an integer in the IPN
 * bus's {@code Notify.State}. {@link #UNKNOWN} stands for an empty (pre-1.4) or unrecognised value.
 */
public enum BackendState {
  NO_STATE("NoState"),
  IN_USE_OTHER_USER("InUseOtherUser"),
  NEEDS_LOGIN("NeedsLogin"),
  NEEDS_MACHINE_AUTH("NeedsMachineAuth"),
  STOPPED("Stopped"),
  STARTING("Starting"),
  RUNNING("Running"),
  UNKNOWN("");

  private final String wireName;

  BackendState(String wireName) {
    this.wireName = wireName;
  }

  /** The name tailscaled uses ({@code "NeedsLogin"}); empty for {@link #UNKNOWN}. */
  public String wireName() {
    return wireName;
  }

  /** Parses a Status {@code BackendState} string, case-insensitively; null or junk is UNKNOWN. */
  public static BackendState fromName(String name) {
    if (name == null) {
      return UNKNOWN;
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (BackendState state : values()) {
      if (state != UNKNOWN && state.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return state;
      }
    }
    return UNKNOWN;
  }

  /** Maps the bus's integer ({@code ipn/backend.go}: 0 NoState … 6 Running). */
  public static BackendState fromCode(int code) {
    return code >= 0 && code < UNKNOWN.ordinal() ? values()[code] : UNKNOWN;
  }
}
