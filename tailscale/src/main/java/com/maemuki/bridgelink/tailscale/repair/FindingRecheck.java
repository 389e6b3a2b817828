package com.maemuki.bridgelink.tailscale.repair;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * After a user repair: asks the Bridge Link service for a fresh check and whether the finding the
 * repair was run for is gone. A repair that read its change back from tailscaled has not yet shown
 * that the problem is gone (DNS accepted, and the peer's name still does not resolve): only a
 * re-check can say so, as it does for the service's own repairs.
 */
@FunctionalInterface
public interface FindingRecheck {

  /** Cannot ask anyone: every repair is "applied; not verified". */
  FindingRecheck NONE = target -> Optional.empty();

  /** An active finding as the service reports it. */
  record Active(String key, String repair) {}

  /**
   * @param target the findings the repair was run for
   * @return true when a check that began after the repair shows none of them; false when the
   *     re-checks until the implementation's limit still show one; empty when the service could not
   *     be asked
   */
  Optional<Boolean> gone(Predicate<Active> target);
}
