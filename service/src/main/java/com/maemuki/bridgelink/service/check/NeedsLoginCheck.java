package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.finding.FindingCode;
import com.maemuki.bridgelink.tailscale.model.BackendState;
import com.maemuki.bridgelink.tailscale.model.Status;
import java.util.List;

/** {@code needs-login}: tailscaled is logged out (never logged in, logged out, or key expired). */
public final class NeedsLoginCheck implements Check {

  @Override
  public String name() {
    return FindingCode.NEEDS_LOGIN.code();
  }

  @Override
  public List<Finding> evaluate(Observations o) {
    Status s = o.status();
    if (s == null || s.state() != BackendState.NEEDS_LOGIN || EmptyProfileCheck.onEmptyProfile(o)) {
      return List.of(); // the empty profile is not an expired login (EmptyProfileCheck)
    }
    StringBuilder detail = new StringBuilder("Tailscale's state is NeedsLogin.");
    if (s.self().expired()) {
      detail.append(" The node key has expired.");
    }
    if (!s.authUrl().isEmpty()) {
      detail.append(" Log in at: ").append(s.authUrl());
    }
    return List.of(Finding.of(FindingCode.NEEDS_LOGIN, null, detail.toString()));
  }
}
