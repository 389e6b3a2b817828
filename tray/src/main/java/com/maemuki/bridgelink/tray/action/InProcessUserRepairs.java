package com.maemuki.bridgelink.tray.action;

import com.maemuki.bridgelink.tailscale.localapi.LocalApiTransports;
import com.maemuki.bridgelink.tailscale.repair.LocalApiTarget;
import com.maemuki.bridgelink.tailscale.repair.UserRepairId;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRequest;
import com.maemuki.bridgelink.tailscale.repair.UserRepairResult;
import com.maemuki.bridgelink.tailscale.repair.UserRepairRunner;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The user-context repairs run in the tray's own process, so as the signed-in user, against the
 * tailscaled the service watches ({@code tailscale.repair}); the browser and the clipboard are the
 * tray's {@link DesktopActions}.
 */
public final class InProcessUserRepairs implements UserRepairs {

  private final DesktopActions desktop;
  private final LocalApiTarget usual;

  /**
   * @param usual tailscaled's usual address on this machine, for when the service did not say which
   *     one it watches
   */
  public InProcessUserRepairs(DesktopActions desktop, LocalApiTarget usual) {
    this.desktop = Objects.requireNonNull(desktop, "desktop");
    this.usual = Objects.requireNonNull(usual, "usual");
  }

  @Override
  public boolean handles(String repairId) {
    return UserRepairId.byWireName(repairId).isPresent();
  }

  @Override
  public Optional<String> run(
      String repairId, String subject, String findingKey, LocalApiTarget target)
      throws UserRepairException {
    UserRepairId id =
        UserRepairId.byWireName(repairId)
            .orElseThrow(() -> new UserRepairException("'" + repairId + "' runs in the service"));
    LocalApiTarget to = target != null ? target : usual;
    UserRepairRunner repairs =
        new UserRepairRunner(
            LocalApiTransports.clientFor(to.address()), to.servicePid(), this::browse, this::copy);
    UserRepairResult result =
        repairs.run(
            id,
            new UserRepairRequest(subject, findingKey, Instant.now().plus(id.defaultDeadline())));
    if (!result.ok()) {
      throw new UserRepairException(
          result.message().isEmpty() ? repairId + " failed" : result.message());
    }
    return result.message().isEmpty() ? Optional.empty() : Optional.of(result.message());
  }

  private void browse(java.net.URI page) throws IOException {
    try {
      desktop.browse(page);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  private void copy(String text) {
    try {
      desktop.copyToClipboard(text);
    } catch (Exception e) {
      throw new IllegalStateException("could not use the clipboard: " + e.getMessage(), e);
    }
  }

  /** A repair that did not work; the message is for the user. */
  public static final class UserRepairException extends Exception {
    private static final long serialVersionUID = 1L;

    UserRepairException(String message) {
      super(message);
    }
  }
}
