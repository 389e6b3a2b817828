package com.maemuki.bridgelink.tailscale.repair;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiClient;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  /**
   * Runs one repair without a re-check: its own message, and never {@code cleared} (a change read
   * back from tailscaled does not show that the finding is gone). Callers that can ask the service
   * use {@link #run(UserRepairId, UserRepairRequest, FindingRecheck)}.
   */
  public UserRepairResult run(UserRepairId id, UserRepairRequest request) {
    UserRepairResult applied = repairs.get(id).run(request);
    return new UserRepairResult(
        applied.ok(), applied.message(), false, applied.page(), applied.text());
  }

  /**
   * Runs one repair, then, when it changed tailscaled, has {@code recheck} say whether the finding
   * it was run for is gone: {@code cleared} only then. Blocks until done or the deadline passes
   * (never on a UI thread).
   */
  public UserRepairResult run(UserRepairId id, UserRepairRequest request, FindingRecheck recheck) {
    UserRepairResult applied = repairs.get(id).run(request);
    if (!applied.ok() || !CHANGES_TAILSCALED.contains(id)) {
      return applied;
    }
    return verdict(applied, recheck.gone(target(id, request)));
  }

  /** The repairs that change tailscaled and so may clear a finding themselves. */
  private static final Set<UserRepairId> CHANGES_TAILSCALED =
      EnumSet.of(
          UserRepairId.REAUTH,
          UserRepairId.TAILSCALE_UP,
          UserRepairId.ACCEPT_DNS,
          UserRepairId.ENABLE_UNATTENDED);

  /** The finding named by the request, else every finding this repair is offered for. */
  static Predicate<FindingRecheck.Active> target(UserRepairId id, UserRepairRequest request) {
    String key = request.findingKey();
    if (key != null && !key.isBlank()) {
      return f -> key.equals(f.key());
    }
    return f -> id.wireName().equals(f.repair());
  }

  /** The repair's result with {@code cleared} and its message from the re-check. */
  static UserRepairResult verdict(UserRepairResult applied, Optional<Boolean> gone) {
    String said = applied.message().isBlank() ? "" : applied.message().strip() + " ";
    String message;
    boolean cleared;
    if (gone.isEmpty()) {
      cleared = false;
      message = said + "Applied; not verified: the Bridge Link service could not be asked.";
    } else if (gone.get()) {
      cleared = true;
      message = said + "Verified: the problem is gone.";
    } else {
      cleared = false;
      message = said + "Not cleared: the Bridge Link service's re-check still shows the problem.";
    }
    return new UserRepairResult(true, message, cleared, applied.page(), applied.text());
  }
}
