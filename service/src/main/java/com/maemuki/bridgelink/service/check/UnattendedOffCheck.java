package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.Prefs;
import java.util.List;
import java.util.Locale;

/**
 * {@code unattended-off}: Run Unattended (prefs {@code ForceDaemon}) is off on Windows, so
 * tailscaled disconnects when the last signed-in user's client goes away.
 *
 * <p>Raised only when the machine is known to be Windows (the monitor's platform, else Status's
 * Self OS): elsewhere tailscaled runs as a system daemon and the setting means nothing. Raised only
 * from a full prefs document (one with {@code ControlURL}): {@code ForceDaemon} is omitted when
 * false, so its absence in a partial document (a PATCH body) proves nothing.
 */
public final class UnattendedOffCheck implements Check {

  @Override
  public String name() {
    return FindingCode.UNATTENDED_OFF.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    Prefs p = o.prefs();
    if (p == null
        || p.controlUrl() == null
        || p.unattended()
        || EmptyProfileCheck.onEmptyProfile(o)) {
      return List.of(); // on the empty profile these are its prefs, not the owner's
    }
    if (!o.os().toLowerCase(Locale.ROOT).startsWith("windows")) {
      return List.of();
    }
    return List.of(
        Finding.of(
            FindingCode.UNATTENDED_OFF,
            null,
            "Prefs say ForceDaemon=false (Run unattended is off) on this Windows machine."));
  }
}
