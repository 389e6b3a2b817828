package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import com.maemuki.bridgelink.tailscale.localapi.LocalApiException;
import java.util.Objects;

/**
 * {@code tailscale-up}, {@code accept-dns}, {@code enable-unattended}, as the signed-in user: read
 * prefs, PATCH one pref, read prefs back and report success only when the change holds, all in one
 * {@link UserSession}. Already set → nothing is sent (idempotent).
 */
final class PrefsRepair implements UserRepair {

  private final UserRepairId id;
  private final PrefsChange change;
  private final SessionOpener sessions;

  PrefsRepair(UserRepairId id, PrefsChange change, SessionOpener sessions) {
    this.id = id;
    this.change = change;
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public UserRepairId id() {
    return id;
  }

  @Override
  public UserRepairResult run(UserRepairRequest request) {
    try (UserSession session = sessions.open(request.deadline())) {
      if (change.holdsIn(session.call(LocalApiClient::prefs))) {
        return UserRepairResult.verified("Nothing to do: " + change.doneMessage());
      }
      session.call(client -> client.patchPrefs(change.patchBody()));
      return change.holdsIn(session.call(LocalApiClient::prefs))
          ? UserRepairResult.verified(change.doneMessage())
          : UserRepairResult.failed(
              "Tailscale accepted the change but " + change.field() + " is still off.");
    } catch (SessionException e) {
      return UserRepairResult.failed(e.getMessage());
    } catch (LocalApiException e) {
      return UserRepairResult.failed("Tailscale refused the change: " + e.getMessage());
    }
  }
}
