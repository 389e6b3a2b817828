package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import java.util.List;

/**
 * {@code backend-stopped}: tailscaled runs but is switched off ({@code tailscale down}, the app's
 * Disconnect): state Stopped, or prefs {@code WantRunning=false} when no status was read.
 */
public final class BackendStoppedCheck implements Check {

  @Override
  public String name() {
    return FindingCode.BACKEND_STOPPED.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() != null && o.status().state() != BackendState.UNKNOWN) {
      if (o.status().state() != BackendState.STOPPED) {
        return List.of();
      }
      return List.of(
          Finding.of(
              FindingCode.BACKEND_STOPPED,
              null,
              "Tailscale's state is Stopped (WantRunning is off): it stays disconnected until"
                  + " someone connects it again."));
    }
    if (o.prefs() != null
        && Boolean.FALSE.equals(o.prefs().wantRunning())
        && !Boolean.TRUE.equals(o.prefs().loggedOut())) {
      return List.of(
          Finding.of(
              FindingCode.BACKEND_STOPPED, null, "Tailscale's prefs say WantRunning=false."));
    }
    return List.of();
  }
}
