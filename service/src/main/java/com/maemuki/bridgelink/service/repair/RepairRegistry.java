package com.maemuki.bridgelink.service.repair;

import com.maemuki.bridgelink.service.finding.Finding;
import com.maemuki.bridgelink.service.platform.EventLogSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs repairs with what every repair owes: the caller's authorization (decided by the ipc
 * authorizer, enforced here), a deadline, one run at a time per repair (a second click while the
 * first runs is told so), then the targeted re-check ({@link Verification}: fixed, still there, or
 * not verifiable in time, appended to the message), an audit record and an event log entry.
 */
public final class RepairRegistry {

  private final Map<String, Repair> repairs = new LinkedHashMap<>();
  private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private final AuditLog audit;
  private final EventLogSink eventLog;
  private final FindingRecheck recheck;
  private final Duration deadline;
  private final Clock clock;

  /**
   * @param executor runs repairs (so a stuck adapter cannot hold the caller past the deadline)
   * @param deadline how long one repair may take
   */
  public RepairRegistry(
      ExecutorService executor,
      AuditLog audit,
      EventLogSink eventLog,
      FindingRecheck recheck,
      Duration deadline,
      Clock clock) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
    this.recheck = Objects.requireNonNull(recheck, "recheck");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public synchronized RepairRegistry register(Repair repair) {
    if (repairs.putIfAbsent(repair.id(), repair) != null) {
      throw new IllegalArgumentException("repair registered twice: " + repair.id());
    }
    return this;
  }

  public synchronized List<Repair> all() {
    return List.copyOf(repairs.values());
  }

  public synchronized Optional<Repair> byId(String id) {
    return Optional.ofNullable(repairs.get(id));
  }

  /** The repairs that address {@code finding} (for {@code repair.list}). */
  public synchronized List<Repair> forFinding(Finding finding) {
    List<Repair> out = new ArrayList<>();
    for (Repair r : repairs.values()) {
      if (r.appliesTo(finding)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Runs a service-side repair for {@code caller}.
   *
   * @param findingKey the finding to re-check afterwards, or null
   */
  public RepairOutcome run(
      String id, Map<String, Object> params, String findingKey, RepairCaller caller) {
    Attempt attempt =
        new Attempt(clock.instant(), caller, id, params == null ? Map.of() : params, findingKey);
    Optional<Repair> found = byId(id);
    if (found.isEmpty()) {
      return finish(
          attempt,
          "unknown-repair",
          RepairOutcome.failed("There is no repair called '" + shorten(id) + "'."));
    }
    Repair repair = found.get();
    if (repair.runsIn() != RunsIn.SERVICE) {
      return finish(
          attempt,
          "wrong-process",
          RepairOutcome.failed(
              "'"
                  + repair.title()
                  + "' runs in the tray as the signed-in user, not in the service."));
    }
    if (!caller.authorized()) {
      return finish(
          attempt,
          "denied",
          RepairOutcome.failed(
              "Only administrators or members of the operators group may run '"
                  + repair.title()
                  + "' ("
                  + caller.reason()
                  + ")."));
    }
    ReentrantLock lock = running.computeIfAbsent(id, k -> new ReentrantLock());
    if (!lock.tryLock()) {
      return finish(
          attempt,
          "busy",
          RepairOutcome.failed("'" + repair.title() + "' is already running; its result follows."));
    }
    try {
      // Finished (audited) while the lock is held: a second run starts after the record.
      Result result = runWithDeadline(repair, attempt);
      return finish(attempt, result.result(), result.outcome(), result.verification());
    } finally {
      lock.unlock();
    }
  }

  /** One call of {@link #run}: what its audit record and event log entry name. */
  private record Attempt(
      Instant start,
      RepairCaller caller,
      String id,
      Map<String, Object> params,
      String findingKey) {}

  /**
   * How a run ended: the audit {@code result} word, the outcome for the caller and what the
   * re-check found (null when there was none).
   */
  private record Result(String result, RepairOutcome outcome, Verification verification) {

    Result(String result, RepairOutcome outcome) {
      this(result, outcome, null);
    }
  }

  private Result runWithDeadline(Repair repair, Attempt attempt) {
    RepairContext context =
        new RepairContext(attempt.params(), attempt.findingKey(), attempt.start().plus(deadline));
    Future<RepairOutcome> future = executor.submit(() -> repair.run(context));
    RepairOutcome outcome;
    try {
      outcome = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Result(
          "timed-out",
          RepairOutcome.failed(
              "'" + repair.title() + "' did not finish within " + deadline.toSeconds() + " s."));
    } catch (ExecutionException e) {
      return new Result(
          "failed", RepairOutcome.failed("'" + repair.title() + "' failed: " + e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new Result("failed", RepairOutcome.failed("interrupted"));
    }
    if (!outcome.ok()) {
      return new Result("failed", outcome);
    }
    if (attempt.findingKey() == null) {
      return new Result("succeeded", outcome);
    }
    Verification verification = recheck.verify(attempt.findingKey());
    return new Result("succeeded", outcome.verified(verification), verification);
  }

  private RepairOutcome finish(Attempt attempt, String result, RepairOutcome outcome) {
    return finish(attempt, result, outcome, null);
  }

  /**
   * Writes the attempt's audit record and event log entry. A repair that ran but left its problem
   * in place is a warning (still event 2001: the action itself succeeded); the entry's text says
   * "succeeded (fixed)", "succeeded (still-present)" or "succeeded (unverified)".
   */
  private RepairOutcome finish(
      Attempt attempt, String result, RepairOutcome outcome, Verification verification) {
    Instant end = clock.instant();
    audit.append(
        new AuditRecord(
            end,
            attempt.caller().who(),
            attempt.id(),
            AuditLog.describe(attempt.params()),
            attempt.findingKey(),
            result,
            outcome.message(),
            outcome.cleared(),
            Duration.between(attempt.start(), end).toMillis(),
            verification == null ? null : verification.wireName()));
    String text =
        "Repair "
            + shorten(attempt.id())
            + " by "
            + attempt.caller().who()
            + ": "
            + result
            + (verification == null ? "" : " (" + verification.wireName() + ")")
            + ". "
            + outcome.message();
    if (result.equals("succeeded")) {
      EventLogSink.Level level =
          verification == Verification.STILL_PRESENT
              ? EventLogSink.Level.WARNING
              : EventLogSink.Level.INFORMATION;
      eventLog.write(level, EventLogSink.REPAIR_SUCCEEDED, text);
    } else if (result.equals("denied")) {
      eventLog.write(EventLogSink.Level.WARNING, EventLogSink.REPAIR_DENIED, text);
    } else {
      eventLog.write(EventLogSink.Level.WARNING, EventLogSink.REPAIR_FAILED, text);
    }
    return outcome;
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
