package com.maemuki.bridgelink.service.ipc;

import java.util.Locale;

/** Machine policy {@code AllowUserRepair}: may every local user run privileged repairs? */
public enum AllowUserRepair {
  /** Only Administrators (root) and the operators group. */
  NEVER,
  /** Everyone who can connect (single-user kiosks where the user is trusted). */
  ALWAYS;

  /**
   * Parses the policy value ({@code never}/{@code always}, any case; empty means never).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static AllowUserRepair parse(String value) {
    if (value == null || value.isBlank()) {
      return NEVER;
    }
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "never":
        return NEVER;
      case "always":
        return ALWAYS;
      default:
        throw new IllegalArgumentException(
            "AllowUserRepair must be 'never' or 'always', not '" + value + "'");
    }
  }
}
