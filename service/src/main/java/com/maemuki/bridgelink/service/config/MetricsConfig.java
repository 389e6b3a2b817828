package com.maemuki.bridgelink.service.config;

import java.time.Duration;
import java.util.Map;

/**
 * Metrics export. Both exports are off by default: the service opens no listener and sends nothing
 * unless asked (DESIGN.md, non-negotiables).
 */
public record MetricsConfig(Prometheus prometheus, Otlp otlp) {

  /** A Prometheus text endpoint at {@code http://bind:port/metrics}. */
  public record Prometheus(boolean enabled, int port, String bind) {}

  /**
   * OTLP/HTTP push to an OpenTelemetry collector every {@code step}.
   *
   * @param enabled push only when true (and an endpoint is set: there is no default collector)
   * @param endpoint the full {@code http(s)://host:port/v1/metrics} URL, or null when none is set
   * @param step how often to push
   * @param headers extra HTTP headers for every push (e.g. an API key for a hosted collector)
   */
  public record Otlp(boolean enabled, String endpoint, Duration step, Map<String, String> headers) {
    public Otlp {
      headers = Map.copyOf(headers);
    }

    /** True when pushes go out: enabled and an endpoint is set. */
    public boolean active() {
      return enabled && endpoint != null;
    }
  }

  public static MetricsConfig defaults() {
    return new MetricsConfig(
        new Prometheus(false, 9464, "127.0.0.1"),
        new Otlp(false, null, Duration.ofSeconds(60), Map.of()));
  }
}
