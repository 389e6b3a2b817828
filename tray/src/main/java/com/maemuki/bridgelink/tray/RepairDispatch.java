package com.maemuki.bridgelink.tray;

import com.maemuki.bridgelink.ipc.contract.ContractJson;
import com.maemuki.bridgelink.ipc.contract.IpcMethod;
import com.maemuki.bridgelink.ipc.contract.RepairListEntry;
import com.maemuki.bridgelink.ipc.contract.RepairRunParams;
import com.maemuki.bridgelink.ipc.contract.RepairRunResult;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.tray.action.UserRepairs;
import com.maemuki.bridgelink.tray.connection.ServiceConnection;
import com.maemuki.bridgelink.tray.model.FindingStatus;
import com.maemuki.bridgelink.tray.model.ProfileOwnerRule;
import com.maemuki.bridgelink.tray.model.RecentEvents;
import com.maemuki.bridgelink.tray.model.RepairAccess;
import com.maemuki.bridgelink.tray.model.Snapshot;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where a Fix runs, and running it: here, as the signed-in user, when the service's {@code
 * repair.list} says it runs in the tray; else in the service over IPC. Also the one rule for which
 * Fixes the menu and the window offer ({@link #accessFor}).
 */
final class RepairDispatch {
  private final ServiceConnection service;
  private final UserRepairs userRepairs;
  private final RecentEvents events;
  private final Clock clock;
  // The tray user's Windows SID, null off Windows: user repairs only for the profile's owner.
  private final String ownSid;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  // User repairs may wait minutes for a browser sign-in: never on the agent thread. One thread
  // each; a repair already running is not started twice.
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tray-user-repair");
            t.setDaemon(true);
            return t;
          });
  // repair.list's answer, replaced as one: allowed repairs and where each runs.
  private volatile RepairList list = new RepairList(Map.of(), Map.of());

  private record RepairList(Map<String, String> allowed, Map<String, String> places) {}

  RepairDispatch(
      ServiceConnection service,
      UserRepairs userRepairs,
      RecentEvents events,
      Clock clock,
      String ownSid) {
    this.service = service;
    this.userRepairs = userRepairs;
    this.events = events;
    this.clock = clock;
    this.ownSid = ownSid;
  }

  /** What the service's {@code repair.list} said (both empty when it could not be fetched). */
  void learned(Map<String, String> allowedRepairs, Map<String, String> repairPlaces) {
    this.list = new RepairList(allowedRepairs, repairPlaces);
  }

  /**
   * The one repair rule for the menu and the window: {@code repair.list}'s allowed repairs, which
   * of the snapshot's repairs run here as the user, and whether this user owns the profile.
   */
  RepairAccess accessFor(Snapshot current) {
    RepairList now = list;
    Set<String> user = new HashSet<>();
    for (FindingStatus finding : current.findings()) {
      if (finding.repair() != null && runsAsUser(now, finding.repair())) {
        user.add(finding.repair());
      }
    }
    return new RepairAccess(
        now.allowed(), user, ProfileOwnerRule.userMayRepair(current.profileOwnerSid(), ownSid));
  }

  /**
   * Runs a repair where {@code repair.list} says it runs; completes with the text for the user, or
   * exceptionally with a failure whose message is for the user.
   *
   * @param target the tailscaled the service watches (its latest snapshot), for user repairs
   * @param afterUserRepair called when a user repair ended (its line is in the recent events)
   */
  CompletableFuture<String> run(
      TrayCommand command, RepairAccess access, LocalApiTarget target, Runnable afterUserRepair) {
    String id = command.argument();
    if (runsAsUser(list, id)) {
      if (!access.ownsProfile()) {
        // The menu and the window never offer it then; a stale click still must not run it.
        return CompletableFuture.failedFuture(
            new IllegalStateException(RepairAccess.NOT_PROFILE_OWNER));
      }
      if (!running.add(id)) {
        return CompletableFuture.completedFuture("Already running.");
      }
      CompletableFuture<String> result = new CompletableFuture<>();
      threads.execute(
          () -> {
            try {
              Optional<String> message =
                  userRepairs.run(id, command.subject(), command.findingKey(), target);
              String text = message.orElse("Done.");
              events.userRepair(id, text, false, clock.instant());
              result.complete(text);
            } catch (Exception e) {
              events.userRepair(
                  id,
                  e.getMessage() == null ? e.toString() : e.getMessage(),
                  true,
                  clock.instant());
              result.completeExceptionally(e);
            } finally {
              running.remove(id);
              afterUserRepair.run();
            }
          });
      return result;
    }
    // The finding clicked on travels with the request: with two blocked ports, the Fix of the
    // second must open the second.
    RepairRunParams params =
        new RepairRunParams(id, command.findingKey(), command.subject(), Map.of());
    return service
        .request(IpcMethod.REPAIR_RUN, params)
        .thenApply(
            result -> {
              RepairRunResult outcome = ContractJson.read(result, RepairRunResult.class);
              if (outcome.message() != null) {
                return outcome.message();
              }
              return outcome.succeeded() ? "Done." : "Failed.";
            });
  }

  /**
   * The service's {@code repair.list} says where a repair runs ({@code runsIn}); without it (an
   * older service, or the list could not be fetched) the user repairs the tray knows run here.
   */
  private boolean runsAsUser(RepairList from, String id) {
    String place = from.places().get(id);
    return place != null ? RepairListEntry.TRAY.equals(place) : userRepairs.handles(id);
  }

  void stop() {
    threads.shutdown();
  }
}
