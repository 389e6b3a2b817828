package com.maemuki.bridgelink.tailscale.repair;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The user-context repairs by id: the one list the tray, the command line and the service's catalog
 * agree on ({@code FindingCode}s whose fixer is {@code tray-user} name these).
 */
public enum UserRepairId {
  REAUTH("reauth", 300),
  TAILSCALE_UP("tailscale-up", 20),
  ACCEPT_DNS("accept-dns", 20),
  ENABLE_UNATTENDED("enable-unattended", 20),
  OPEN_ADMIN_CONSOLE("open-admin-console", 20),
  COPY_SHARE_INSTRUCTIONS("copy-share-instructions", 20);

  private final String wireName;
  private final Duration deadline;

  /**
   * @param deadlineSeconds re-auth waits for the browser sign-in; the others make a few requests,
   *     with room for the brief retries an "already in use" refusal gets
   */
  UserRepairId(String wireName, long deadlineSeconds) {
    this.wireName = wireName;
    this.deadline = Duration.ofSeconds(deadlineSeconds);
  }

  /** The id as the catalog, {@code repair.list} and {@code bridge-link repair ID} spell it. */
  public String wireName() {
    return wireName;
  }

  /** How long it may take: re-auth waits for the user to finish signing in in the browser. */
  public Duration defaultDeadline() {
    return deadline;
  }

  public static Optional<UserRepairId> byWireName(String id) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(id)).findFirst();
  }

  /** Every id, in declaration order. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(UserRepairId::wireName).toList();
  }
}
