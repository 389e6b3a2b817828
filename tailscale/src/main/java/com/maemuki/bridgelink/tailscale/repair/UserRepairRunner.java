package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user-context repairs against one tailscaled, run in the caller's own process and so as the
 * caller's user: the tray for its "Fix" entries, {@code bridge-link repair} on the command line.
 */
public final class UserRepairRunner {

  private final Map<UserRepairId, UserRepair> repairs = new EnumMap<>(UserRepairId.class);

  /**
   * @param client the LocalAPI the service watches (the tray learns it from the service)
   * @param browser opens a page in the user's browser
   * @param clipboard puts text on the user's clipboard
   */
  public UserRepairRunner(LocalApiClient client, BrowserOpener browser, ClipboardWriter clipboard) {
    Objects.requireNonNull(client, "client");
    add(new ReauthRepair(client, browser));
    add(new PrefsRepair(UserRepairId.TAILSCALE_UP, PrefsChange.WANT_RUNNING, client));
    add(new PrefsRepair(UserRepairId.ACCEPT_DNS, PrefsChange.ACCEPT_DNS, client));
    add(new PrefsRepair(UserRepairId.ENABLE_UNATTENDED, PrefsChange.UNATTENDED, client));
    add(new OpenAdminConsoleRepair(browser));
    add(new CopyShareInstructionsRepair(client, clipboard));
  }

  private void add(UserRepair repair) {
    repairs.put(repair.id(), repair);
  }

  /** Runs one repair; blocks until it is done or its deadline passes (never on a UI thread). */
  public UserRepairResult run(UserRepairId id, UserRepairRequest request) {
    return repairs.get(id).run(request);
  }
}
