package com.maemuki.bridgelink.service.repair;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a repair runs with.
 *
 * @param params the caller's parameters (untrusted: each repair validates what it reads)
 * @param findingKey the finding the user clicked on ("local-port-blocked/3389"), or null
 * @param deadline when the repair must be done
 */
public record RepairContext(Map<String, Object> params, String findingKey, Instant deadline) {

  public RepairContext {
    params = params == null ? Map.of() : Map.copyOf(params);
    Objects.requireNonNull(deadline, "deadline");
  }

  /** The subject part of the finding key ("3389" of "local-port-blocked/3389"), if any. */
  public Optional<String> findingSubject() {
    if (findingKey == null) {
      return Optional.empty();
    }
    int slash = findingKey.indexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(findingKey.substring(slash + 1));
  }
}
