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
    if (s == null
        || s.state() != BackendState.NEEDS_LOGIN
        || keyExpired(s, o)
        || EmptyProfileCheck.onEmptyProfile(o)) {
      return List.of(); // an expired key (KeyExpiredCheck) or the empty profile (EmptyProfileCheck)
    }
    StringBuilder detail = new StringBuilder("Tailscale's state is NeedsLogin.");
    if (!s.authUrl().isEmpty()) {
      detail.append(" Log in at: ").append(s.authUrl());
    }
    return List.of(Finding.of(FindingCode.NEEDS_LOGIN, null, detail.toString()));
  }

  /**
   * An expired node key is why tailscaled wants a login: key-expired says so, with the same
   * re-authentication, so this check stays quiet instead of raising a second critical finding for
   * one cause (seen with {@code headscale nodes expire} on the real tailnet).
   */
  private static boolean keyExpired(Status s, Observations o) {
    return s.self().hasIdentity()
        && (s.self().expired()
            || (s.self().keyExpiry() != null && s.self().keyExpiry().isBefore(o.now())));
  }
}
