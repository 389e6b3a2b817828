package com.maemuki.bridgelink.service.repair;

import java.util.Objects;

/**
 * Who asked for a repair and whether they may: the decision is the ipc authorizer's (or, for the
 * command line, the OS account's); the registry enforces it and audits it.
 *
 * @param who "DOMAIN\\user (S-1-5-21-…)", "root (uid 0)", "console"
 * @param authorized the caller may run privileged repairs
 * @param reason why (for the audit record)
 */
public record RepairCaller(String who, boolean authorized, String reason) {

  public RepairCaller {
    Objects.requireNonNull(who, "who");
    reason = reason == null ? "" : reason;
  }
}
