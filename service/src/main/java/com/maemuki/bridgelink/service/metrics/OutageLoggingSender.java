package com.maemuki.bridgelink.service.metrics;

import io.micrometer.registry.otlp.OtlpMetricsSender;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OTLP pushes and turns failures into one WARN line per outage (and one INFO line when the
 * collector answers again) instead of Micrometer's stack trace on every step. A failed push is
 * dropped, not queued: the next step carries the cumulative values anyway.
 */
final class OutageLoggingSender implements OtlpMetricsSender {

  private static final Logger log = LoggerFactory.getLogger(OutageLoggingSender.class);
  private static final int MAX_REASON = 200;

  private final OtlpMetricsSender delegate;
  private final String endpoint;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private long failedInOutage; // guarded by this

  OutageLoggingSender(OtlpMetricsSender delegate, String endpoint) {
    this.delegate = delegate;
    this.endpoint = endpoint;
  }

  @Override
  public void send(Request request) {
    try {
      delegate.send(request);
    } catch (Exception e) {
      failed.incrementAndGet();
      failure(e);
      return; // swallowed: Micrometer would log a stack trace for every failed step
    }
    sent.incrementAndGet();
    recovered();
  }

  private synchronized void failure(Exception e) {
    if (failedInOutage++ == 0) {
      log.warn(
          "OTLP metrics push to {} failed: {}; metrics are dropped until it answers again"
              + " (further failures are not logged)",
          endpoint,
          reason(e));
    } else {
      log.debug("OTLP metrics push to {} failed again: {}", endpoint, reason(e));
    }
  }

  private synchronized void recovered() {
    if (failedInOutage > 0) {
      log.info(
          "OTLP metrics push to {} works again after {} failed push(es)", endpoint, failedInOutage);
      failedInOutage = 0;
    }
  }

  /** Pushes the collector accepted. */
  long sent() {
    return sent.get();
  }

  /** Pushes that failed (refused, timed out, or answered with an error status). */
  long failed() {
    return failed.get();
  }

  /** One line: the root cause's type and message, or the collector's status and body. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    // Micrometer's non-2xx exception carries "Server responded with HTTP status code …"
    String text =
        root.getClass().getSimpleName().equals("OtlpHttpMetricsSendUnsuccessfulException")
                && message != null
            ? message
            : root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
  }
}
