package com.maemuki.bridgelink.service.monitor;

import com.maemuki.bridgelink.service.config.Damping;
import com.maemuki.bridgelink.service.finding.Finding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: sources → readings → evaluator (checks) → flap damping → snapshot → listeners. Every
 * source result queues one evaluation on a single evaluation thread (coalesced, so a burst of
 * results costs one evaluation). A finding waiting for confirmation re-runs its sources after the
 * damping's confirm delay. A clock jump (sleep and resume) re-runs everything at once and holds
 * back "offline" kinds for the resume grace period.
 */
public final class LinkMonitor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LinkMonitor.class);
  private static final Duration TICK = Duration.ofSeconds(1);
  private static final Duration MAX_SKIPPED = Duration.ofSeconds(10);

  private final Evaluator evaluator;
  private final Clock clock;
  private final SourceScheduler scheduler;
  private final List<Source> sources;
  private final FlapDamper damper;
  private final Map<String, List<String>> dependents;
  private final Map<String, SourceReadings.Entry> entries = new ConcurrentHashMap<>();
  private final List<MonitorListener> listeners = new CopyOnWriteArrayList<>();
  private final LatencyHistory history = new LatencyHistory();
  private final Map<String, Instant> lastSampled = new HashMap<>();
  private final ExecutorService evaluation =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "monitor-eval");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean evaluationQueued = new AtomicBoolean();
  private final ClockJumpDetector clockJumps;

  private volatile Damping damping;
  private volatile Snapshot current;
  private volatile Instant graceUntil = Instant.MIN;
  private volatile Instant lastEvaluation = Instant.MIN;
  private volatile boolean settled;

  /**
   * @param dependents source name → sources to run at once when it starts or stops failing (e.g.
   *     the daemon coming back triggers the status poll)
   */
  public LinkMonitor(
      List<Source> sources,
      Evaluator evaluator,
      Damping damping,
      Map<String, List<String>> dependents,
      Clock clock,
      ClockJumpDetector clockJumps) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.damping = damping;
    this.damper = new FlapDamper(damping);
    this.dependents = Map.copyOf(dependents);
    this.clock = clock;
    this.clockJumps = clockJumps;
    this.scheduler = new SourceScheduler(sources, this::onResult);
    this.sources = List.copyOf(sources);
    this.current = Snapshot.initial(clock.instant());
  }

  public LinkMonitor(
      List<Source> sources,
      Evaluator evaluator,
      Damping damping,
      Map<String, List<String>> dependents) {
    this(
        sources,
        evaluator,
        damping,
        dependents,
        Clock.systemUTC(),
        ClockJumpDetector.system(Duration.ofSeconds(5)));
  }

  public void addListener(MonitorListener listener) {
    listeners.add(listener);
  }

  public void removeListener(MonitorListener listener) {
    listeners.remove(listener);
  }

  public void start() {
    scheduler.start();
    scheduler
        .timer()
        .scheduleWithFixedDelay(
            this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The latest snapshot (never null). */
  public Snapshot snapshot() {
    return current;
  }

  /** The sources' latest readings (for sources that build on others, e.g. probes on status). */
  public SourceReadings readings() {
    return new SourceReadings(new HashMap<>(entries));
  }

  public LatencyHistory history() {
    return history;
  }

  /** The flap damping in force. */
  public Damping damping() {
    return damping;
  }

  /** The sources a finding's data comes from (as the evaluator says). */
  public List<String> sourcesOf(Finding finding) {
    return evaluator.sourcesOf(finding);
  }

  /**
   * The findings the checks raise on the sources' latest readings right now, before flap damping.
   * The evaluator is pure and the damper is not touched, so this costs one evaluation and changes
   * nothing: a repair's re-check asks it whether the fault is gone without waiting for the damped
   * clear (which follows after {@code damping.clearAfter} good sightings).
   */
  public List<Finding> rawFindings() {
    return evaluator.evaluate(readings(), clock.instant()).findings();
  }

  /** {@code check.now}: runs every source at once; the new snapshot follows as an event. */
  public void checkNow() {
    sources.forEach(Source::readAfresh);
    scheduler.triggerAll();
  }

  /** Runs one source at once (e.g. after a repair, to verify it). */
  public void trigger(String source) {
    scheduler.trigger(source);
  }

  /** A new configuration: new damping, and every source runs at once with it. */
  public void reconfigure(Damping newDamping) {
    this.damping = newDamping;
    settled = false; // evaluate the next readings under the new configuration
    evaluation.execute(() -> damper.setDamping(newDamping));
    scheduler.triggerAll();
  }

  /** Treats the machine as just resumed: what a clock jump does (also for tests). */
  public void resumed(Duration jump) {
    graceUntil = clock.instant().plus(damping.resumeGrace());
    log.info("clock jumped by {} s (sleep and resume?): re-checking now", jump.toSeconds());
    scheduler.triggerAll();
  }

  private void tick() {
    try {
      Duration jump = clockJumps.tick(TICK);
      if (!jump.isZero()) {
        resumed(jump);
      }
    } catch (RuntimeException e) {
      log.warn("clock check failed", e);
    }
  }

  private void onResult(Source source, Object reading, Throwable failure, Duration took) {
    Instant now = clock.instant();
    String name = source.name();
    SourceReadings.Entry previous = entries.get(name);
    long runs = previous == null ? 1 : previous.runs() + 1;
    String error = failure == null ? null : describe(failure);
    SourceReadings.Entry entry =
        failure == null
            ? new SourceReadings.Entry(reading, now, now, null, null, runs)
            : new SourceReadings.Entry(
                previous == null ? null : previous.reading(),
                previous == null ? null : previous.readingTime(),
                now,
                error,
                unwrap(failure),
                runs);
    entries.put(name, entry);
    if (failure != null && (previous == null || !error.equals(previous.error()))) {
      log.info("source {} failed: {}", name, error); // the snapshot carries it as a finding
    } else if (failure == null && previous != null && previous.error() != null) {
      log.info("source {} recovered", name);
    }
    boolean flipped = previous != null && (previous.error() == null) != (failure == null);
    if (flipped) {
      // The daemon went or came back, a probe started or stopped failing: what depends on it
      // runs now instead of at its next tick.
      dependents.getOrDefault(name, List.of()).forEach(scheduler::trigger);
    }
    for (MonitorListener l : listeners) {
      try {
        l.onSourceRun(name, took, error);
      } catch (RuntimeException e) {
        log.warn("listener failed on source run", e);
      }
    }
    boolean unchanged =
        previous != null
            && failure == null
            && previous.error() == null
            && Objects.equals(previous.reading(), reading);
    if (unchanged && settled && Duration.between(lastEvaluation, now).compareTo(MAX_SKIPPED) < 0) {
      // The same reading again with nothing awaiting confirmation: the checks (pure) would find
      // the same. Skipping keeps an idle monitor idle; time-based checks still run every
      // MAX_SKIPPED.
      return;
    }
    if (evaluationQueued.compareAndSet(false, true)) {
      try {
        evaluation.execute(this::evaluate);
      } catch (RuntimeException rejected) {
        evaluationQueued.set(false); // closing
      }
    }
  }

  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof java.util.concurrent.ExecutionException
            || t instanceof java.lang.reflect.UndeclaredThrowableException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  static String describe(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof java.util.concurrent.ExecutionException
            || t instanceof java.lang.reflect.UndeclaredThrowableException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
  }

  private void evaluate() {
    evaluationQueued.set(false);
    long start = System.nanoTime();
    try {
      Instant now = clock.instant();
      SourceReadings readings = new SourceReadings(new HashMap<>(entries));
      Evaluator.Evaluation result = evaluator.evaluate(readings, now);
      boolean inGrace = now.isBefore(graceUntil);
      FlapDamper.Result damped =
          damper.update(
              now,
              result.findings(),
              f -> generation(readings, f),
              f -> inGrace && evaluator.offlineKind(f));
      confirmSoon(damped);
      settled = damped.unsettled().isEmpty() && !inGrace;
      lastEvaluation = now;
      Snapshot snapshot = SnapshotBuilder.build(now, result, damped.active(), readings);
      recordHistory(snapshot);
      Snapshot previous = current;
      current = snapshot;
      for (MonitorListener l : listeners) {
        try {
          for (Transition t : damped.transitions()) {
            l.onTransition(t);
          }
          if (!snapshot.sameStateAs(previous)) {
            l.onSnapshot(snapshot);
          }
          l.onEvaluation(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
          log.warn("monitor listener failed", e);
        }
      }
      for (Transition t : damped.transitions()) {
        Finding f = t.finding().finding();
        log.info(
            "{} {} ({}): {}", t.kind().wireName(), f.key(), f.severity().wireName(), f.detail());
      }
    } catch (RuntimeException e) {
      log.error("evaluation failed; keeping the previous snapshot", e);
    }
  }

  private long generation(SourceReadings readings, Finding finding) {
    long sum = 0;
    for (String s : evaluator.sourcesOf(finding)) {
      sum += readings.runs(s);
    }
    return sum;
  }

  private void confirmSoon(FlapDamper.Result damped) {
    for (String key : damped.unsettled()) {
      Finding f = damper.tracked(key);
      if (f != null) {
        for (String s : evaluator.sourcesOf(f)) {
          scheduler.triggerAfter(s, damping.confirmDelay());
        }
      }
    }
  }

  private void recordHistory(Snapshot snapshot) {
    List<String> names = new ArrayList<>();
    for (PeerView p : snapshot.peers()) {
      names.add(p.name());
      if (p.lastProbe() != null && !p.lastProbe().equals(lastSampled.get(p.name()))) {
        lastSampled.put(p.name(), p.lastProbe());
        boolean ok = !p.probes().isEmpty() && p.probes().stream().allMatch(ProbeView::ok);
        history.add(
            p.name(), new LatencyHistory.Sample(p.lastProbe(), p.latencyMs(), p.path(), ok));
      }
    }
    lastSampled.keySet().retainAll(names);
    history.retain(names);
  }

  @Override
  public void close() {
    scheduler.close();
    evaluation.shutdownNow();
    try {
      evaluation.awaitTermination(300, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
