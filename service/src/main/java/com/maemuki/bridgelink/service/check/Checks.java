package com.maemuki.bridgelink.service.check;

import com.maemuki.bridgelink.service.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog of checks, and running them all over one set of observations. */
public final class Checks {

  private static final Logger LOG = LoggerFactory.getLogger(Checks.class);

  /** Critical first, then by code and subject: a stable order for reports and diffs. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(f -> f.code().code())
          .thenComparing(f -> f.subject() == null ? "" : f.subject());

  private Checks() {}

  /** Every check that reads Tailscale's own outputs (status, prefs, pings, netcheck). */
  public static List<Check> tailscaleChecks(CheckSettings settings) {
    return List.of(
        new DaemonUnreachableCheck(),
        new NeedsLoginCheck(),
        new EmptyProfileCheck(),
        new NeedsMachineAuthCheck(),
        new BackendStoppedCheck(),
        new KeyExpiringCheck(settings.keyExpiryWarning()),
        new KeyExpiredCheck(),
        new PeerNotInTailnetCheck(),
        new PeerOfflineCheck(),
        new PeerKeyExpiryCheck(settings.keyExpiryWarning()),
        new PathRelayedCheck(),
        new PingUnansweredCheck(),
        new UdpBlockedCheck(),
        new HardNatCheck(),
        new MagicDnsDisabledCheck(),
        new DnsNotAcceptedCheck(),
        new UnattendedOffCheck(),
        new TailscaleHealthCheck());
  }

  /**
   * Runs {@code checks} and returns their findings in {@link #ORDER}. A check that throws (a bug)
   * is logged and skipped: one broken check must not hide the others' findings.
   */
  public static List<Finding> evaluate(List<Check> checks, Observations observations) {
    List<Finding> out = new ArrayList<>();
    for (Check check : checks) {
      try {
        out.addAll(check.evaluate(observations));
      } catch (RuntimeException e) {
        LOG.error("check {} failed; its findings are missing from this cycle", check.name(), e);
      }
    }
    out.sort(ORDER);
    return out;
  }
}
