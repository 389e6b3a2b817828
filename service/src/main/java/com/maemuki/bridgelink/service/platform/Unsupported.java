package com.maemuki.bridgelink.service.platform;

import java.util.Objects;

/**
 * Why a platform capability is missing on this machine, in words a person can act on.
 *
 * @param capability what is missing, e.g. "Tailscale service control"
 * @param reason why, e.g. "systemd is not running (no /run/systemd/system)"
 */
public record Unsupported(String capability, String reason) {

  public Unsupported {
    Objects.requireNonNull(capability, "capability");
    Objects.requireNonNull(reason, "reason");
  }

  /** "Tailscale service control is not available on this machine: systemd is not running". */
  public String message() {
    return capability + " is not available on this machine: " + reason;
  }
}
