package com.maemuki.bridgelink.service.config;

import java.time.Duration;

/**
 * Metrics export. Both exports are off by default: the service opens no listener and sends nothing
 * unless asked (DESIGN.md, non-negotiables).
 */
public record MetricsConfig(Prometheus prometheus, Otlp otlp) {

  /** A Prometheus text endpoint at {@code http://bind:port/metrics}. */
  public record Prometheus(boolean enabled, int port, String bind) {}

  /** OTLP/HTTP push to an OpenTelemetry collector every {@code step}. */
  public record Otlp(boolean enabled, String endpoint, Duration step) {}

  public static MetricsConfig defaults() {
    return new MetricsConfig(
        new Prometheus(false, 9464, "127.0.0.1"),
        new Otlp(false, "http://127.0.0.1:4318/v1/metrics", Duration.ofSeconds(60)));
  }
}
