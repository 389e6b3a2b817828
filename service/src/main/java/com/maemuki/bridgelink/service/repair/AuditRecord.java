package com.maemuki.bridgelink.service.repair;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit log.
 *
 * @param time when the attempt ended
 * @param caller who asked ({@link RepairCaller#who()})
 * @param repair the repair id as requested
 * @param params the parameters as requested (values shortened)
 * @param findingKey the targeted finding, or null
 * @param result {@code succeeded}, {@code failed}, {@code denied}, {@code timed-out}, {@code busy},
 *     {@code unknown-repair}, {@code wrong-process}
 * @param message the outcome's message
 * @param cleared whether the finding cleared on re-check
 * @param durationMillis how long it took
 * @param verification what the re-check found ({@link Verification#wireName()}), or null when there
 *     was no re-check (no finding targeted, or the repair did not succeed)
 */
public record AuditRecord(
    Instant time,
    String caller,
    String repair,
    Map<String, String> params,
    String findingKey,
    String result,
    String message,
    boolean cleared,
    long durationMillis,
    String verification) {

  public AuditRecord {
    Objects.requireNonNull(time, "time");
    params = params == null ? Map.of() : Map.copyOf(params);
  }

  /** A record without a re-check (attempts turned away before a repair ran). */
  public AuditRecord(
      Instant time,
      String caller,
      String repair,
      Map<String, String> params,
      String findingKey,
      String result,
      String message,
      boolean cleared,
      long durationMillis) {
    this(time, caller, repair, params, findingKey, result, message, cleared, durationMillis, null);
  }
}
