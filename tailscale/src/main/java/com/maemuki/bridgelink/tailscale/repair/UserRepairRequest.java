package com.maemuki.bridgelink.tailscale.repair;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a user repair.
 *
 * @param subject what the finding is about (the peer for the share instructions), or null
 * @param findingKey the finding clicked on ({@code code/subject}, e.g. {@code magicdns-disabled}),
 *     or null
 * @param deadline when the repair must have finished
 */
public record UserRepairRequest(String subject, String findingKey, Instant deadline) {

  public UserRepairRequest {
    Objects.requireNonNull(deadline, "deadline");
  }

  /** The subject, else the subject part of the finding key ("office-pc" of "x/office-pc"). */
  public Optional<String> subjectOrKeySubject() {
    if (subject != null && !subject.isBlank()) {
      return Optional.of(subject);
    }
    if (findingKey == null) {
      return Optional.empty();
    }
    int slash = findingKey.indexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(findingKey.substring(slash + 1));
  }

  /** The finding code part of the key ("magicdns-disabled"), or empty. */
  public String findingCode() {
    return findingKey == null ? "" : findingKey.split("/", 2)[0];
  }
}
