package com.maemuki.bridgelink.tray.action;

import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import java.util.Optional;

/**
 * Repairs that must run as the signed-in user rather than inside the service (re-authentication,
 * prefs changes: tailscaled makes whoever does them the profile's owner). The tray asks this port
 * first; repairs it does not handle go to the service with {@code repair.run}. {@link
 * InProcessUserRepairs} is the real one.
 */
public interface UserRepairs {

  /** Whether this repair runs in the tray, as the user. */
  boolean handles(String repairId);

  /**
   * Runs the repair; may block for minutes (a browser sign-in), so never on a UI thread.
   *
   * @param subject what the finding is about (a peer, a port), may be null
   * @param findingKey the finding ({@code code/subject}) the user clicked on, may be null
   * @param target the tailscaled the service watches, from its snapshot; null when the service did
   *     not say (an older service), then tailscaled's usual address
   * @return a message for the user on success, empty when there is nothing to say
   * @throws Exception a failure, whose message is shown to the user
   */
  Optional<String> run(String repairId, String subject, String findingKey, LocalApiTarget target)
      throws Exception;

  /** No user-context repairs: everything goes to the service. */
  static UserRepairs none() {
    return new UserRepairs() {
      @Override
      public boolean handles(String repairId) {
        return false;
      }

      @Override
      public Optional<String> run(
          String repairId, String subject, String findingKey, LocalApiTarget target) {
        return Optional.empty();
      }
    };
  }
}
