package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import java.util.Objects;

/**
 * {@code tailscale-up}, {@code accept-dns}, {@code enable-unattended}, as the signed-in user: PATCH
 * one pref, then read prefs back and report success only when the change holds. Already set →
 * nothing is sent (idempotent).
 */
final class PrefsRepair implements UserRepair {

  private final UserRepairId id;
  private final PrefsChange change;
  private final LocalApiClient client;

  PrefsRepair(UserRepairId id, PrefsChange change, LocalApiClient client) {
    this.id = id;
    this.change = change;
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public UserRepairId id() {
    return id;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    try {
      if (change.holdsIn(client.prefs())) {
        return UserRepairResult.verified("Nothing to do: " + change.doneMessage());
      }
      client.patchPrefs(change.patchBody());
      return change.holdsIn(client.prefs())
          ? UserRepairResult.verified(change.doneMessage())
          : UserRepairResult.failed(
              "Tailscale accepted the change but " + change.field() + " is still off.");
    } catch (LocalApiException e) {
      return UserRepairResult.failed("Tailscale refused the change: " + e.getMessage());
    }
  }
}
