package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user-context repairs against one tailscaled, run in the caller's own process and so as the
 * caller's user: the tray for its "Fix" entries, {@code bridge-link repair} on the command line.
 * Each repair that talks to tailscaled does so inside one {@link UserSession}.
 */
public final class UserRepairRunner {

  private final Map<UserRepairId, UserRepair> repairs = new EnumMap<>(UserRepairId.class);

  /**
   * @param client the LocalAPI the service watches (the tray learns it from the service)
   * @param servicePid the service's PID: tailscaled's refusals naming it are retried for a moment;
   *     0 when unknown (then refusals naming LocalSystem are)
   * @param browser opens a page in the user's browser
   * @param clipboard puts text on the user's clipboard
   */
  public UserRepairRunner(
      LocalApiClient client, long servicePid, BrowserOpener browser, ClipboardWriter clipboard) {
    Objects.requireNonNull(client, "client");
    SessionOpener sessions = deadline -> UserSession.open(client, servicePid, deadline);
    add(new ReauthRepair(sessions, browser));
    add(new PrefsRepair(UserRepairId.TAILSCALE_UP, PrefsChange.WANT_RUNNING, sessions));
    add(new PrefsRepair(UserRepairId.ACCEPT_DNS, PrefsChange.ACCEPT_DNS, sessions));
    add(new PrefsRepair(UserRepairId.ENABLE_UNATTENDED, PrefsChange.UNATTENDED, sessions));
    add(new OpenAdminConsoleRepair(browser));
    add(new CopyShareInstructionsRepair(sessions, clipboard));
  }

  private void add(UserRepair repair) {
    repairs.put(repair.id(), repair);
  }

  /** Runs one repair; blocks until it is done or its deadline passes (never on a UI thread). */
  public UserRepairResult run(UserRepairId id, UserRepairRequest request) {
    return repairs.get(id).run(request);
  }
}
