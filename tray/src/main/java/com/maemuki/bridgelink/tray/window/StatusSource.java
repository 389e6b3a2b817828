package com.maemuki.bridgelink.tray.window;

import com.maemuki.bridgelink.tray.model.EventLine;
import com.maemuki.bridgelink.tray.model.RepairAccess;
import com.maemuki.bridgelink.tray.model.Snapshot;
import com.maemuki.bridgelink.tray.model.TrayCommand;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the status window shows and does, from the tray agent (any thread may call these). */
public interface StatusSource {

  /** The latest snapshot, or null while the service cannot be reached. */
  Snapshot latestSnapshot();

  /** What this user may repair: the menu's rule. */
  RepairAccess repairAccess();

  /**
   * Runs a Fix through the menu's path (the service, or the tray's own process for a user repair).
   *
   * @return the result text for the user (the service's verified result, or the user repair's);
   *     completes exceptionally with a failure whose message is for the user
   */
  CompletableFuture<String> repair(TrayCommand command);

  /** The recent events, newest first. */
  List<EventLine> recentEvents();
}
