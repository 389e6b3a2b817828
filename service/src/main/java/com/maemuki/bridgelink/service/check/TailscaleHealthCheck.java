package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCase;
import com.maemuki.bridgelink.service.finding.FindingCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code tailscale-health}: one finding per message in tailscaled's {@code Health[]}. The subject
 * is the message with running durations normalised away ({@link HealthMessageKey}), so it stays one
 * finding across cycles while the detail shows the current text. An available update is only
 * information.
 *
 * <p>Messages that only restate the backend state are left to the state's own finding
 * (backend-stopped, needs-login, "starting"): health/warnings.go's {@code IPNStateWarnable}
 * "Tailscale is stopped." and {@code LoginStateWarnable} "You are logged out." And while tailscaled
 * says "Tailscale is starting. Please wait." ({@code warmingUpWarnable}) nothing else is reported,
 * as Tailscale's own GUIs do: the other warnings are not settled yet (the real tailnet showed these
 * restatements raised beside every stop, logout and restart).
 */
public final class TailscaleHealthCheck implements Check {

  private static final String WARMING_UP = "Tailscale is starting. Please wait.";
  private static final Set<String> STATE_RESTATEMENTS =
      Set.of("Tailscale is stopped.", "You are logged out.");

  @Override
  public String name() {
    return FindingCode.TAILSCALE_HEALTH.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    if (o.status() == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    if (o.status().health().contains(WARMING_UP)) {
      return out;
    }
    for (String message : new LinkedHashSet<>(o.status().health())) {
      if (message == null || message.isBlank() || STATE_RESTATEMENTS.contains(message)) {
        continue;
      }
      String key = HealthMessageKey.of(message);
      if (!keys.add(key)) {
        continue;
      }
      out.add(
          message.startsWith("An update from version")
              ? FindingCase.HEALTH_UPDATE_AVAILABLE.raise(key, message)
              : Finding.of(FindingCode.TAILSCALE_HEALTH, key, message));
    }
    return out;
  }
}
