package com.maemuki.bridgelink.service.metrics;

import com.maemuki.bridgelink.service.config.MetricsConfig;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.ipc.http.HttpUrlConnectionSender;
import io.micrometer.registry.otlp.CompressionMode;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpHttpMetricsSender;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OTLP/HTTP push: Micrometer's {@link OtlpMeterRegistry} (cumulative temporality, gzip) with
 * short HTTP timeouts, daemon threads and {@link OutageLoggingSender}. Every setting comes from our
 * config, never from {@code OTEL_*} environment variables, so what is sent where is what the config
 * file says. {@link #close()} pushes the last step but gives up after {@link #CLOSE_BUDGET}: a dead
 * or hanging collector must not hold up the service's stop.
 */
final class OtlpPush implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OtlpPush.class);

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  static final Duration CLOSE_BUDGET = Duration.ofMillis(500);

  private final OtlpMeterRegistry registry;
  private final OutageLoggingSender sender;
  private final String endpoint;

  OtlpPush(MetricsConfig.Otlp config) {
    endpoint = config.endpoint();
    Map<String, String> resource = ResourceIdentity.attributes();
    OtlpConfig settings =
        new OtlpConfig() {
          @Override
          public String get(String key) {
            return null; // everything below is explicit; nothing is read from the environment
          }

          @Override
          public String url() {
            return config.endpoint();
          }

          @Override
          public Duration step() {
            return config.step();
          }

          @Override
          public Map<String, String> resourceAttributes() {
            return resource;
          }

          @Override
          public Map<String, String> headers() {
            return config.headers();
          }

          @Override
          public CompressionMode compressionMode() {
            return CompressionMode.GZIP;
          }

          @Override
          public Duration connectTimeout() {
            return CONNECT_TIMEOUT;
          }

          @Override
          public Duration readTimeout() {
            return READ_TIMEOUT;
          }
        };
    sender =
        new OutageLoggingSender(
            new OtlpHttpMetricsSender(new HttpUrlConnectionSender(CONNECT_TIMEOUT, READ_TIMEOUT)),
            endpoint);
    registry =
        OtlpMeterRegistry.builder(settings)
            .clock(Clock.SYSTEM)
            .threadFactory(daemonThreads())
            .metricsSender(sender)
            .build();
    // Micrometer logs the start at INFO (URL, step, resource attributes); this adds nothing new
    log.debug(
        "OTLP metrics push to {} every {} s as {} on {}",
        endpoint,
        config.step().toSeconds(),
        resource.get("service.name"),
        resource.get("host.name"));
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "otlp-metrics-push");
      t.setDaemon(true);
      return t;
    };
  }

  MeterRegistry registry() {
    return registry;
  }

  OutageLoggingSender sender() {
    return sender;
  }

  /**
   * Stops the schedule and pushes the last step (Micrometer's {@code close()} does), waiting at
   * most {@link #CLOSE_BUDGET}; a push still running after that finishes or times out on its own
   * daemon thread.
   */
  @Override
  public void close() {
    Thread closer = new Thread(registry::close, "otlp-final-push");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(CLOSE_BUDGET.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (closer.isAlive()) {
      log.warn(
          "OTLP: the last metrics push to {} did not finish within {} ms; stopping without it",
          endpoint,
          CLOSE_BUDGET.toMillis());
    }
  }
}
